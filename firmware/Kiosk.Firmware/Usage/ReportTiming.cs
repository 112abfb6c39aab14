namespace Kiosk.Firmware.Usage;

/// <summary>When batches are cut and unacknowledged ones sent again.</summary>
public sealed class ReportTiming
{
    /// <summary>Open counters are sealed into a batch at least this often (if there are any).</summary>
    public int BatchIntervalMilliseconds = 15 * 60 * 1000;

    /// <summary>While connected, batches still unacknowledged after this long go out again.</summary>
    public int ResendIntervalMilliseconds = 60 * 1000;
}
