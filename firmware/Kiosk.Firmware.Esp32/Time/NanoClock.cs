using System;
using Kiosk.Firmware.Platform;
using nanoFramework.Runtime.Native;

namespace Kiosk.Firmware.Esp32.Time;

/// <summary>
/// <see cref="IClock"/> on the ESP32: wall time from the system clock (set by SNTP, or by
/// <see cref="Set"/> when the time comes another way), uptime from the tick counter, which SNTP
/// corrections do not move.
/// </summary>
public sealed class NanoClock : IClock
{
    public DateTime UtcNow
    {
        get { return DateTime.UtcNow; }
    }

    public long UptimeMilliseconds
    {
        get { return Environment.TickCount64; }
    }

    /// <summary>Sets the system clock, for a time learnt from the companion rather than SNTP.</summary>
    public bool Set(DateTime utc)
    {
        return Rtc.SetSystemTime(utc);
    }
}
