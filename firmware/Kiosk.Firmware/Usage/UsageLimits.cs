namespace Kiosk.Firmware.Usage;

/// <summary>How much flash and how many counters usage may take; defaults fit a 4 MB board.</summary>
public sealed class UsageLimits
{
    /// <summary>Counters accumulated before a batch is cut regardless of the interval.</summary>
    public int MaxOpenCells = 256;

    /// <summary>Bytes all unacknowledged batches may take together; the oldest go first beyond it.</summary>
    public int BatchBudgetBytes = 64 * 1024;

    /// <summary>Chance, in percent, that a help-screen count is the truth rather than a coin flip.</summary>
    public uint HelpTruthPercent = 75;
}
