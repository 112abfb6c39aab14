using System;

namespace Kiosk.Firmware.Platform;

/// <summary>
/// Time as the kiosk knows it. Wall time may be wrong or jump (an offline board without a
/// battery-backed clock starts wherever it starts), so timeouts use <see cref="UptimeMilliseconds"/>
/// and only hour buckets and lockouts consult <see cref="UtcNow"/>.
/// </summary>
public interface IClock
{
    DateTime UtcNow { get; }

    /// <summary>Milliseconds since boot; never goes backwards while the kiosk runs.</summary>
    long UptimeMilliseconds { get; }
}
