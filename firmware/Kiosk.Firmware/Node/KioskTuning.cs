using Kiosk.Firmware.Sync;
using Kiosk.Firmware.Usage;

namespace Kiosk.Firmware.Node;

/// <summary>The back end's adjustable limits and timings; the defaults are what a kiosk ships with.</summary>
public sealed class KioskTuning
{
    public SyncTiming Sync = new SyncTiming();

    public UsageLimits Usage = new UsageLimits();

    public ReportTiming Reports = new ReportTiming();

    /// <summary>
    /// While connected the status is published again at least this often (0: only on change), so
    /// the companion can tell a quiet kiosk from a vanished one; its Fleet:HeartbeatSeconds is
    /// this interval in seconds.
    /// </summary>
    public int StatusIntervalMilliseconds = 5 * 60 * 1000;
}
