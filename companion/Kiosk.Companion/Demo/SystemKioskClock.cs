using System.Diagnostics;
using Kiosk.Firmware.Platform;

namespace Kiosk.Companion.Demo;

/// <summary>The host's clock as a kiosk sees it.</summary>
public sealed class SystemKioskClock : IClock
{
    private readonly Stopwatch _uptime = Stopwatch.StartNew();

    public DateTime UtcNow => DateTime.UtcNow;

    public long UptimeMilliseconds => _uptime.ElapsedMilliseconds;
}
