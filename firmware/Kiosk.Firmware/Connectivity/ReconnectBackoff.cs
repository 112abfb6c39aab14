using System;

namespace Kiosk.Firmware.Connectivity;

/// <summary>
/// How long to wait before the next attempt to reach Wi-Fi or the broker: doubling from
/// <c>firstMilliseconds</c> up to <c>maxMilliseconds</c>, with up to a quarter taken off at random so
/// a school's kiosks, all rebooted by the same power cut, do not knock on the broker in step.
/// <see cref="Reset"/> after a success starts again from the first delay.
/// </summary>
public sealed class ReconnectBackoff
{
    private readonly int _firstMilliseconds;
    private readonly int _maxMilliseconds;
    private readonly Random _random;
    private int _next;

    public ReconnectBackoff(int firstMilliseconds, int maxMilliseconds, Random random)
    {
        if (firstMilliseconds < 1 || maxMilliseconds < firstMilliseconds)
        {
            throw new ArgumentOutOfRangeException("firstMilliseconds");
        }

        if (random == null)
        {
            throw new ArgumentNullException("random");
        }

        _firstMilliseconds = firstMilliseconds;
        _maxMilliseconds = maxMilliseconds;
        _random = random;
        _next = firstMilliseconds;
    }

    /// <summary>The delay before the next attempt; each call after a failure doubles the base.</summary>
    public int NextDelayMilliseconds()
    {
        int delay = _next;
        _next = delay > _maxMilliseconds / 2 ? _maxMilliseconds : delay * 2;
        return delay - _random.Next(delay / 4 + 1);
    }

    public void Reset()
    {
        _next = _firstMilliseconds;
    }
}
