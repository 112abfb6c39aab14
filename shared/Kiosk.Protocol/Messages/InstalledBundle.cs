namespace Kiosk.Protocol.Messages;

/// <summary>A verified bundle a kiosk holds and can show.</summary>
public sealed class InstalledBundle
{
    public string BundleId { get; set; }

    public uint Version { get; set; }

    public string Language { get; set; }

    public string ProfileId { get; set; }
}
