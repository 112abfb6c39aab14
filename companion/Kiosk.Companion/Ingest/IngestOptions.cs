namespace Kiosk.Companion.Ingest;

/// <summary>Configuration section "Ingest".</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Messages handled at once. SQLite serialises the writes anyway; PostgreSQL uses them.</summary>
    public int Workers { get; set; } = 8;
}
