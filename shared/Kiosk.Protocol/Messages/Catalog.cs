namespace Kiosk.Protocol.Messages;

/// <summary>The bundles a group of kiosks should hold; the payload of a signed catalog.</summary>
public sealed class Catalog
{
    public string GroupId { get; set; }

    /// <summary>Increases with every catalog for the group; kiosks ignore one not newer than they have.</summary>
    public ulong Serial { get; set; }

    /// <summary>Whole hours since 1970-01-01T00:00Z.</summary>
    public uint IssuedHour { get; set; }

    public CatalogEntry[] Entries { get; set; }
}
