using System;
using Kiosk.Firmware.Platform;

namespace Kiosk.Firmware.Input;

/// <summary>
/// Steadies a touch controller polled by the UI loop. A press counts only after it has been seen
/// on <c>pressPolls</c> polls in a row and a release only after <c>releasePolls</c> polls without
/// one: resistive overlays bounce and read garbage while the finger lands, and capacitive ones
/// drop single frames, and either would otherwise tap a button twice. While pressed, a position
/// that moved less than <c>jitterPixels</c> on both axes is not reported as new.
/// </summary>
public sealed class TouchDebouncer
{
    private readonly int _pressPolls;
    private readonly int _releasePolls;
    private readonly int _jitterPixels;
    private int _seenPressed;
    private int _seenReleased;
    private bool _pressed;
    private int _x;
    private int _y;

    public TouchDebouncer(int pressPolls, int releasePolls, int jitterPixels)
    {
        if (pressPolls < 1 || releasePolls < 1 || jitterPixels < 0)
        {
            throw new ArgumentOutOfRangeException("pressPolls");
        }

        _pressPolls = pressPolls;
        _releasePolls = releasePolls;
        _jitterPixels = jitterPixels;
    }

    /// <summary>
    /// Feeds one poll (position ignored when not pressed). Returns true and fills
    /// <paramref name="output"/> when the steady state changed: a press began, the finger moved
    /// beyond the jitter allowance, or the press ended; otherwise leaves it unchanged.
    /// </summary>
    public bool Update(bool pressed, int x, int y, TouchSample output)
    {
        if (pressed)
        {
            _seenReleased = 0;
            if (_seenPressed < _pressPolls)
            {
                _seenPressed++;
            }

            if (!_pressed)
            {
                if (_seenPressed < _pressPolls)
                {
                    return false;
                }

                _pressed = true;
                return Report(x, y, output);
            }

            if (WithinJitter(x - _x) && WithinJitter(y - _y))
            {
                return false;
            }

            return Report(x, y, output);
        }

        _seenPressed = 0;
        if (!_pressed)
        {
            return false;
        }

        _seenReleased++;
        if (_seenReleased < _releasePolls)
        {
            return false;
        }

        _pressed = false;
        _seenReleased = 0;
        output.Pressed = false;
        output.X = _x;
        output.Y = _y;
        return true;
    }

    // nanoFramework's mscorlib has no System.Math.
    private bool WithinJitter(int delta)
    {
        return delta <= _jitterPixels && -delta <= _jitterPixels;
    }

    private bool Report(int x, int y, TouchSample output)
    {
        _x = x;
        _y = y;
        output.Pressed = true;
        output.X = x;
        output.Y = y;
        return true;
    }
}
