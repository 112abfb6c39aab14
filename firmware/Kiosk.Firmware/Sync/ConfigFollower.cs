using Kiosk.Firmware.Platform;
using Kiosk.Protocol;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Sync;

/// <summary>
/// Follows the kiosk's retained signed config: accepts one only if the program key signed it,
/// it names this kiosk and its serial is higher than the one applied, and keeps it on flash.
/// </summary>
public sealed class ConfigFollower
{
    private readonly SignedDocument _document;
    private readonly string _kioskId;

    public ConfigFollower(IFileSystem fileSystem, byte[] programKey, string kioskId)
    {
        _document = new SignedDocument(fileSystem, "sync/config", programKey);
        _kioskId = kioskId;
    }

    /// <summary>The config in force, or null before the first one arrives.</summary>
    public KioskConfig Current { get; private set; }

    public void Load()
    {
        Current = Decode(_document.LoadPayload());
    }

    /// <summary>Applies <paramref name="signed"/> if it is valid and newer; returns whether it did.</summary>
    public bool Offer(byte[] signed)
    {
        KioskConfig config = Decode(_document.Open(signed));
        if (config == null || (Current != null && config.Serial <= Current.Serial))
        {
            return false;
        }

        _document.Save(signed);
        Current = config;
        return true;
    }

    private KioskConfig Decode(byte[] payload)
    {
        if (payload == null)
        {
            return null;
        }

        try
        {
            KioskConfig config = KioskConfigCodec.Decode(payload, 0, payload.Length);
            return config.KioskId == _kioskId ? config : null;
        }
        catch (ProtocolDecodeException)
        {
            return null;
        }
    }
}
