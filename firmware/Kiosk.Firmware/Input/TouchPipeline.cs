using System;
using Kiosk.Firmware.Platform;

namespace Kiosk.Firmware.Input;

/// <summary>
/// What every polled touch adapter does with a raw reading: map it to screen pixels, then
/// debounce. The adapter only says whether a finger is down and what the controller read.
/// </summary>
public sealed class TouchPipeline
{
    private readonly TouchMapper _mapper;
    private readonly TouchDebouncer _debouncer;
    private readonly TouchSample _mapped = new TouchSample();

    public TouchPipeline(TouchMapper mapper, TouchDebouncer debouncer)
    {
        if (mapper == null || debouncer == null)
        {
            throw new ArgumentNullException(mapper == null ? "mapper" : "debouncer");
        }

        _mapper = mapper;
        _debouncer = debouncer;
    }

    /// <summary>The last raw reading taken while pressed, for calibrating a unit by hand.</summary>
    public int LastRawX { get; private set; }

    public int LastRawY { get; private set; }

    /// <summary>Same contract as <see cref="ITouchPanel.TryRead"/>; raw values are ignored when not pressed.</summary>
    public bool Feed(bool pressed, int rawX, int rawY, TouchSample sample)
    {
        if (pressed)
        {
            LastRawX = rawX;
            LastRawY = rawY;
            _mapper.Map(rawX, rawY, _mapped);
        }

        return _debouncer.Update(pressed, _mapped.X, _mapped.Y, sample);
    }
}
