using System;
using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Spi;
using Iot.Device.Ft6xx6x;
using Iot.Device.Xpt2046;
using Kiosk.Firmware.Esp32.Boards;
using Kiosk.Firmware.Input;
using Kiosk.Firmware.Platform;
using nanoFramework.Hardware.Esp32;
using nanoFramework.M5Stack;

namespace Kiosk.Firmware.Esp32.Touch;

/// <summary>Builds the touch adapter for the board, with the core's mapping and debounce in front.</summary>
public static class TouchSetup
{
    // At a 20 ms UI poll: a press must hold 40 ms, a release 60 ms; 4 px of wobble is ignored.
    private const int PressPolls = 2;
    private const int ReleasePolls = 3;
    private const int JitterPixels = 4;

    // The XPT2046 is specified to 2.5 MHz; 1 MHz leaves margin on long flex cables.
    private const int ResistiveClockHz = 1000000;

    /// <summary>The core's mapping and debounce for this board, with the given calibration.</summary>
    public static TouchPipeline Pipeline(BoardProfile board, TouchCalibration calibration)
    {
        return new TouchPipeline(
            new TouchMapper(calibration, board.NativeWidth, board.NativeHeight, board.Rotation),
            new TouchDebouncer(PressPolls, ReleasePolls, JitterPixels));
    }

    public static ITouchPanel Start(BoardProfile board, GpioController gpio, TouchPipeline pipeline)
    {
        switch (board.Touch)
        {
            case TouchKind.Ft6336:
                return new CapacitiveTouchPanel(Capacitive(board), pipeline);
            case TouchKind.Xpt2046:
                return Resistive(board, gpio, pipeline);
            default:
                throw new NotSupportedException("touch");
        }
    }

    private static Ft6xx6x Capacitive(BoardProfile board)
    {
        if (board.Display == DisplayKind.M5Core2Ili9342C)
        {
            // The M5Core2 package set up I2C1 and the controller with the screen.
            return M5Core2.TouchController;
        }

        Configuration.SetPinFunction(board.TouchData, DeviceFunction.I2C1_DATA);
        Configuration.SetPinFunction(board.TouchClock, DeviceFunction.I2C1_CLOCK);
        return new Ft6xx6x(I2cDevice.Create(new I2cConnectionSettings(board.TouchBus, Ft6xx6x.DefaultI2cAddress)));
    }

    private static ITouchPanel Resistive(BoardProfile board, GpioController gpio, TouchPipeline pipeline)
    {
        Configuration.SetPinFunction(board.TouchData, DeviceFunction.SPI2_MOSI);
        Configuration.SetPinFunction(board.TouchMiso, DeviceFunction.SPI2_MISO);
        Configuration.SetPinFunction(board.TouchClock, DeviceFunction.SPI2_CLOCK);
        var settings = new SpiConnectionSettings(board.TouchBus, board.TouchChipSelect)
        {
            ClockFrequency = ResistiveClockHz,
            DataBitLength = 8,
            DataFlow = DataFlow.MsbFirst,
            Mode = SpiMode.Mode0
        };
        var controller = new Xpt2046(SpiDevice.Create(settings), ResistiveTouchPanel.RawRange, ResistiveTouchPanel.RawRange);
        GpioPin penDown = gpio.OpenPin(board.TouchInterrupt, PinMode.Input);
        return new ResistiveTouchPanel(controller, penDown, pipeline);
    }
}
