using Kiosk.Firmware.Esp32.Diagnostics;
using Kiosk.Firmware.Input;
using Kiosk.Firmware.Platform;

namespace Kiosk.Firmware.Esp32.Touch;

/// <summary>
/// Passes touches to the screens and logs each one with the chip's raw reading, so a technician
/// can check and calibrate a panel from the serial log (hardware/first-boot.md, step 3).
/// </summary>
public sealed class LoggedTouchPanel : ITouchPanel
{
    private readonly ITouchPanel _panel;
    private readonly TouchPipeline _pipeline;

    public LoggedTouchPanel(ITouchPanel panel, TouchPipeline pipeline)
    {
        _panel = panel;
        _pipeline = pipeline;
    }

    public bool TryRead(TouchSample sample)
    {
        if (!_panel.TryRead(sample))
        {
            return false;
        }

        SerialLog.Line("touch: " + (sample.Pressed ? "down " : "up ") + sample.X + "," + sample.Y
            + " raw " + _pipeline.LastRawX + "," + _pipeline.LastRawY);
        return true;
    }
}
