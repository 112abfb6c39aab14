using System;
using Kiosk.Firmware.Esp32.Boards;
using Kiosk.Firmware.Input;
using nanoFramework.Hardware.Esp32;
using nanoFramework.M5Stack;
using nanoFramework.UI;
using nanoFramework.UI.GraphicDrivers;

namespace Kiosk.Firmware.Esp32.Display;

/// <summary>Brings the board's screen up and turns it to the board's rotation.</summary>
public static class ScreenSetup
{
    // The kiosk writes its own strips with DisplayControl.Write and never uses the Graphics
    // library's full-screen bitmap, so the native side needs only a small working buffer.
    private const uint NativeBufferBytes = 4 * 1024;

    public static NanoDisplay Start(BoardProfile board)
    {
        switch (board.Display)
        {
            case DisplayKind.M5Core2Ili9342C:
                // The M5Core2 package powers the panel through the AXP192 and owns its reset line.
                M5Core2.InitializeScreen((int)NativeBufferBytes);
                break;
            case DisplayKind.Ili9341:
                StartSpiPanel(board, Ili9341.GraphicDriver);
                break;
            case DisplayKind.St7796S:
                StartSpiPanel(board, St7796.GraphicDriver);
                break;
            default:
                throw new NotSupportedException("display");
        }

        DisplayControl.ChangeOrientation(Orientation(board));
        return new NanoDisplay(board.ScreenWidth, board.ScreenHeight);
    }

    private static void StartSpiPanel(BoardProfile board, GraphicDriver driver)
    {
        Configuration.SetPinFunction(board.DisplaySck, DeviceFunction.SPI1_CLOCK);
        Configuration.SetPinFunction(board.DisplayMosi, DeviceFunction.SPI1_MOSI);
        Configuration.SetPinFunction(board.DisplayMiso, DeviceFunction.SPI1_MISO);
        var spi = new SpiConfiguration(
            (byte)board.DisplaySpiBus,
            board.DisplayChipSelect,
            board.DisplayDataCommand,
            board.DisplayReset,
            board.DisplayBacklight);
        var screen = new ScreenConfiguration(0, 0, (ushort)board.ScreenWidth, (ushort)board.ScreenHeight, driver);
        DisplayControl.Initialize(spi, screen, NativeBufferBytes);
    }

    // nanoFramework names orientations after the picture's shape; the board profile says how far
    // the picture turns from the panel's native scan order. A native-portrait panel turned a
    // quarter is "Landscape", a native-landscape panel (ILI9342C) unturned is also "Landscape".
    private static DisplayOrientation Orientation(BoardProfile board)
    {
        bool nativePortrait = board.NativeHeight > board.NativeWidth;
        switch (board.Rotation)
        {
            case ScreenRotation.Clockwise90:
                return nativePortrait ? DisplayOrientation.Landscape : DisplayOrientation.Portrait180;
            case ScreenRotation.Clockwise180:
                return nativePortrait ? DisplayOrientation.Portrait180 : DisplayOrientation.Landscape180;
            case ScreenRotation.Clockwise270:
                return nativePortrait ? DisplayOrientation.Landscape180 : DisplayOrientation.Portrait;
            default:
                return nativePortrait ? DisplayOrientation.Portrait : DisplayOrientation.Landscape;
        }
    }
}
