namespace Kiosk.Companion.Fleet;

/// <summary>Configuration section "Fleet".</summary>
public sealed class FleetOptions
{
    public const string Section = "Fleet";

    /// <summary>
    /// How often kiosks publish their status, in seconds (the firmware's
    /// KioskTuning.StatusIntervalMilliseconds, 5 minutes); 0 turns the stale-status sweep off.
    /// </summary>
    public int HeartbeatSeconds { get; set; } = 300;

    /// <summary>A kiosk not heard from for this many heartbeats is shown offline.</summary>
    public int MissedHeartbeats { get; set; } = 3;

    /// <summary>How often the sweep looks for kiosks gone quiet.</summary>
    public int SweepSeconds { get; set; } = 30;
}
