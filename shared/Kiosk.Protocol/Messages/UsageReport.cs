namespace Kiosk.Protocol.Messages;

/// <summary>
/// A batch of counters from one kiosk. The kiosk id is the topic's, never in the payload; the
/// companion stores batches idempotently by (kiosk, sequence).
/// </summary>
public sealed class UsageReport
{
    /// <summary>Per kiosk, starting at 1 and increasing by one per batch.</summary>
    public ulong Sequence { get; set; }

    /// <summary>Counters the kiosk had to discard (flash full) since the previous batch.</summary>
    public ulong DroppedCount { get; set; }

    /// <summary>
    /// Percent chance that a HelpShown count is the truth rather than a coin flip, so the
    /// companion can de-bias totals; 0 when the batch has no HelpShown counters.
    /// </summary>
    public uint HelpTruthPercent { get; set; }

    public UsageCounter[] Counters { get; set; }
}
