using System.Device.Gpio;
using Iot.Device.Xpt2046;
using Kiosk.Firmware.Input;
using Kiosk.Firmware.Platform;

namespace Kiosk.Firmware.Esp32.Touch;

/// <summary>
/// <see cref="ITouchPanel"/> over the XPT2046 driver from nanoFramework.IoT.Device. The
/// controller's pen-down line says whether a finger is on the glass; the driver is built with a
/// 0..4095 range so it hands back raw readings, which the core's <see cref="TouchPipeline"/>
/// calibrates, rotates and debounces.
/// </summary>
public sealed class ResistiveTouchPanel : ITouchPanel
{
    /// <summary>Full 12-bit scale: the driver's own scaling then returns the raw conversion.</summary>
    public const int RawRange = 4095;

    private readonly Xpt2046 _controller;
    private readonly GpioPin _penDown;
    private readonly TouchPipeline _pipeline;

    public ResistiveTouchPanel(Xpt2046 controller, GpioPin penDown, TouchPipeline pipeline)
    {
        _controller = controller;
        _penDown = penDown;
        _pipeline = pipeline;
    }

    public bool TryRead(TouchSample sample)
    {
        // The pen-down output is pulled low while the overlay's layers touch.
        if (_penDown.Read() == PinValue.High)
        {
            return _pipeline.Feed(false, 0, 0, sample);
        }

        TouchPoint point = _controller.GetPoint();
        return _pipeline.Feed(true, point.X, point.Y, sample);
    }
}
