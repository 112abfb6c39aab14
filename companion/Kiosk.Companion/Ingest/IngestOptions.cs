namespace Kiosk.Companion.Ingest;

/// <summary>Configuration section "Ingest".</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Statuses handled at once. SQLite serialises the writes anyway; PostgreSQL uses them.</summary>
    public int Workers { get; set; } = 8;

    /// <summary>Reports the single report writer stores in one transaction, at most.</summary>
    public int MaxReportsPerCommit { get; set; } = 500;

    /// <summary>
    /// Reports waiting for the writer, at most. Beyond it a report is dropped unacknowledged
    /// (counted as queue_full) and the kiosk sends it again; its flash is the real queue.
    /// </summary>
    public int ReportQueueCapacity { get; set; } = 20_000;

    /// <summary>Statuses and other messages waiting for the workers, at most; beyond it they are dropped the same way.</summary>
    public int StatusQueueCapacity { get; set; } = 20_000;
}
