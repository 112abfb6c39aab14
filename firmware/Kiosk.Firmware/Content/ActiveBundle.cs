using Kiosk.Protocol.Bundles;

namespace Kiosk.Firmware.Content;

/// <summary>The bundle a kiosk shows for one language, and which of the language's two slots holds it.</summary>
public sealed class ActiveBundle
{
    public string Language;

    /// <summary>0 for slot A, 1 for slot B.</summary>
    public int Slot;

    public string BundleId;

    public uint Version;

    /// <summary>Opened at boot with its manifest signature checked; null only inside the record codec.</summary>
    public Bundle Bundle;
}
