using Kiosk.Firmware.Input;
using Kiosk.Firmware.Platform;

namespace Kiosk.Simulator.Devices;

/// <summary>
/// A touch panel fed by mouse clicks or a scripted visitor. Raw finger states queue up and each
/// poll takes the next, so a click shorter than a poll is still seen; every state goes through
/// the core's <see cref="TouchDebouncer"/> as a real panel's readings do, which is why a press is
/// held for <see cref="HoldPolls"/> polls.
/// </summary>
public sealed class VirtualTouchPanel : ITouchPanel
{
    public const int HoldPolls = 2;

    private readonly TouchDebouncer _debouncer = new(HoldPolls, 1, 2);
    private readonly Queue<(bool Pressed, int X, int Y)> _raw = new();
    private (bool Pressed, int X, int Y) _current;

    /// <summary>Queues a finger down at (x, y); it stays down until <see cref="Release"/>.</summary>
    public void Press(int x, int y)
    {
        lock (_raw)
        {
            for (int i = 0; i < HoldPolls; i++)
            {
                _raw.Enqueue((true, x, y));
            }
        }
    }

    public void Release()
    {
        lock (_raw)
        {
            _raw.Enqueue((false, 0, 0));
        }
    }

    /// <summary>Press and release: a tap, seen by the kiosk over the next polls.</summary>
    public void Tap(int x, int y)
    {
        Press(x, y);
        Release();
    }

    /// <summary>True while queued states remain for the kiosk to poll.</summary>
    public bool Busy
    {
        get
        {
            lock (_raw)
            {
                return _raw.Count > 0;
            }
        }
    }

    public bool TryRead(TouchSample sample)
    {
        lock (_raw)
        {
            if (_raw.Count > 0)
            {
                _current = _raw.Dequeue();
            }
        }
        return _debouncer.Update(_current.Pressed, _current.X, _current.Y, sample);
    }
}
