using System.Diagnostics;
using Kiosk.Firmware.Platform;

namespace Kiosk.Firmware.Tests.Devices;

/// <summary>Real elapsed time from a fixed wall-clock start, for tests that run against real sockets.</summary>
public sealed class RealtimeClock(DateTime start) : IClock
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public DateTime UtcNow => start + _elapsed.Elapsed;

    public long UptimeMilliseconds => _elapsed.ElapsedMilliseconds;
}
