using Kiosk.Firmware.Platform;
using Kiosk.Protocol;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Sync;

/// <summary>
/// Follows the group's retained signed catalog: accepts one only if the program key signed it,
/// it is for the kiosk's group and its serial is higher than the one followed. A kiosk moved to
/// another group accepts that group's catalog whatever its serial, as serials count per group.
/// </summary>
public sealed class CatalogFollower
{
    private readonly SignedDocument _document;

    public CatalogFollower(IFileSystem fileSystem, byte[] programKey)
    {
        _document = new SignedDocument(fileSystem, "sync/catalog", programKey);
    }

    /// <summary>The catalog followed, or null before the first one arrives.</summary>
    public Catalog Current { get; private set; }

    public void Load()
    {
        Current = Decode(_document.LoadPayload());
    }

    /// <summary>Applies <paramref name="signed"/> if it is valid, for <paramref name="groupId"/> and newer; returns whether it did.</summary>
    public bool Offer(byte[] signed, string groupId)
    {
        Catalog catalog = Decode(_document.Open(signed));
        if (catalog == null || catalog.GroupId != groupId
            || (Current != null && Current.GroupId == groupId && catalog.Serial <= Current.Serial))
        {
            return false;
        }

        _document.Save(signed);
        Current = catalog;
        return true;
    }

    private static Catalog Decode(byte[] payload)
    {
        if (payload == null)
        {
            return null;
        }

        try
        {
            return CatalogCodec.Decode(payload, 0, payload.Length);
        }
        catch (ProtocolDecodeException)
        {
            return null;
        }
    }
}
