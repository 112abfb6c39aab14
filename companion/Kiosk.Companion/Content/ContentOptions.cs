namespace Kiosk.Companion.Content;

/// <summary>Configuration section "Content".</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The curriculum folder (languages.yaml); default: companion/curriculum found above the working or program folder.</summary>
    public string? CurriculumPath { get; set; }

    /// <summary>The display profiles folder; default: hardware/profiles beside the curriculum's checkout.</summary>
    public string? ProfilesPath { get; set; }

    /// <summary>Size of the manifest part's chunks; data chunks use the bundle's own chunk size.</summary>
    public int ManifestChunkSize { get; set; } = 4096;

    /// <summary>Chunk requests one kiosk may make per second on average; more are answered Busy.</summary>
    public double ChunksPerSecondPerKiosk { get; set; } = 40;

    /// <summary>Requests one kiosk may make in a burst above its rate.</summary>
    public int ChunkBurstPerKiosk { get; set; } = 20;

    /// <summary>Chunk answers being prepared at once across all kiosks; beyond it requests are answered Busy.</summary>
    public int MaxConcurrentChunks { get; set; } = 64;

    /// <summary>Bundles kept decoded in memory for chunk serving.</summary>
    public int CachedBundles { get; set; } = 32;
}
