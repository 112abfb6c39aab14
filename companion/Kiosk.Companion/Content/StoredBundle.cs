namespace Kiosk.Companion.Content;

/// <summary>A bundle the companion holds, without its bytes: what the API lists and catalogs are built from.</summary>
public sealed class StoredBundle
{
    public string BundleId { get; set; } = "";

    public long Version { get; set; }

    public string Language { get; set; } = "";

    public string ProfileId { get; set; } = "";

    /// <summary>1 when the bundle holds machine-drafted text awaiting review.</summary>
    public long Draft { get; set; }

    /// <summary>Manifest plus data, the size a kiosk transfers (the catalog's total size).</summary>
    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the signed manifest, lowercase hex.</summary>
    public string ManifestSha256 { get; set; } = "";

    public long ChunkSize { get; set; }

    public long ChunkCount { get; set; }

    /// <summary>"build" (compiled here) or "import" (uploaded, verified).</summary>
    public string Source { get; set; } = "";

    public long CreatedAt { get; set; }
}
