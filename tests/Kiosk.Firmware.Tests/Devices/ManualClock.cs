using Kiosk.Firmware.Platform;

namespace Kiosk.Firmware.Tests.Devices;

/// <summary>A clock the test moves by hand; uptime and wall time advance together.</summary>
public sealed class ManualClock(DateTime start) : IClock
{
    public DateTime UtcNow { get; set; } = start;

    public long UptimeMilliseconds { get; set; }

    public void Advance(long milliseconds)
    {
        UptimeMilliseconds += milliseconds;
        UtcNow = UtcNow.AddMilliseconds(milliseconds);
    }
}
