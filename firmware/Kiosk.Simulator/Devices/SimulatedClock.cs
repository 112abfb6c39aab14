using System.Diagnostics;
using Kiosk.Firmware.Platform;

namespace Kiosk.Simulator.Devices;

/// <summary>
/// A kiosk clock: real time, or (for tests and fast headless runs) time that moves only when
/// <see cref="Advance"/> is called.
/// </summary>
public sealed class SimulatedClock : IClock
{
    private readonly Stopwatch? _uptime;
    private readonly DateTime _start;
    private long _manualMilliseconds;

    private SimulatedClock(DateTime start, bool realTime)
    {
        _start = start;
        _uptime = realTime ? Stopwatch.StartNew() : null;
    }

    public static SimulatedClock RealTime() => new(DateTime.UtcNow, true);

    public static SimulatedClock Manual(DateTime start) => new(start, false);

    public bool IsManual => _uptime == null;

    public long UptimeMilliseconds => _uptime?.ElapsedMilliseconds ?? Interlocked.Read(ref _manualMilliseconds);

    public DateTime UtcNow => _start.AddMilliseconds(UptimeMilliseconds);

    public void Advance(long milliseconds)
    {
        if (_uptime != null)
        {
            throw new InvalidOperationException("A real-time clock cannot be advanced.");
        }
        Interlocked.Add(ref _manualMilliseconds, milliseconds);
    }
}
