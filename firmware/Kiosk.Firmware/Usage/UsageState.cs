using System.Collections;

namespace Kiosk.Firmware.Usage;

/// <summary>The usage ledger's persisted state besides the sealed batches.</summary>
public sealed class UsageState
{
    /// <summary>The sequence the next batch gets; every lower one is sealed (sent or acknowledged).</summary>
    public ulong NextSequence = 1;

    /// <summary>Counters discarded since the last batch; goes into the next one.</summary>
    public ulong DroppedCount;

    /// <summary>The open <see cref="UsageCell"/>s, not yet in any batch.</summary>
    public ArrayList Cells = new ArrayList();

    public LocalTotals Totals = new LocalTotals();
}
