using Iot.Device.Ft6xx6x;
using Kiosk.Firmware.Input;
using Kiosk.Firmware.Platform;

namespace Kiosk.Firmware.Esp32.Touch;

/// <summary>
/// <see cref="ITouchPanel"/> over the FT6336 driver from nanoFramework.IoT.Device, polled. The
/// driver is left in its native orientation; calibration, rotation and debounce happen in the
/// core's <see cref="TouchPipeline"/>.
/// </summary>
public sealed class CapacitiveTouchPanel : ITouchPanel
{
    private readonly Ft6xx6x _controller;
    private readonly TouchPipeline _pipeline;

    public CapacitiveTouchPanel(Ft6xx6x controller, TouchPipeline pipeline)
    {
        _controller = controller;
        _pipeline = pipeline;
    }

    public bool TryRead(TouchSample sample)
    {
        if (_controller.GetNumberPoints() == 0)
        {
            return _pipeline.Feed(false, 0, 0, sample);
        }

        Point point = _controller.GetPoint(true);
        return _pipeline.Feed(true, point.X, point.Y, sample);
    }
}
