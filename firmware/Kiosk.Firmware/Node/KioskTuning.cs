using Kiosk.Firmware.Sync;
using Kiosk.Firmware.Usage;

namespace Kiosk.Firmware.Node;

/// <summary>The back end's adjustable limits and timings; the defaults are what a kiosk ships with.</summary>
public sealed class KioskTuning
{
    public SyncTiming Sync = new SyncTiming();

    public UsageLimits Usage = new UsageLimits();

    public ReportTiming Reports = new ReportTiming();
}
