namespace Kiosk.Protocol.Messages;

/// <summary>One bundle a group should have.</summary>
public sealed class CatalogEntry
{
    public string BundleId { get; set; }

    public uint Version { get; set; }

    public string Language { get; set; }

    public string ProfileId { get; set; }

    /// <summary>Bytes of manifest plus data, so a kiosk can check free space before it starts.</summary>
    public uint TotalSize { get; set; }

    /// <summary>SHA-256 of the signed manifest, exactly 32 bytes.</summary>
    public byte[] ManifestSha256 { get; set; }

    /// <summary>Staff pinned this version on purpose: install it even if it is older than what is installed.</summary>
    public bool Pinned { get; set; }
}
