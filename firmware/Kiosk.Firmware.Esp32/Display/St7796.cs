using nanoFramework.UI;

namespace Kiosk.Firmware.Esp32.Display;

/// <summary>
/// Command tables for the ST7796S, which nanoFramework.Graphics has no managed driver for. The
/// generic SPI display driver in the ESP32 firmware plays these bytes at start-up and on an
/// orientation change. Each entry is (Command, length, opcode, arguments...) or (Sleep, tens of ms);
/// opcodes and MADCTL bits are from the ST7796S datasheet.
/// </summary>
public static class St7796
{
    private const byte Command = (byte)GraphicDriverCommandType.Command;
    private const byte Sleep = (byte)GraphicDriverCommandType.Sleep;

    private const byte SoftwareReset = 0x01;
    private const byte SleepOut = 0x11;
    private const byte InversionOn = 0x21;
    private const byte DisplayOn = 0x29;
    private const byte ColumnAddressSet = 0x2A;
    private const byte RowAddressSet = 0x2B;
    private const byte MemoryWrite = 0x2C;
    private const byte MemoryAccessControl = 0x36;
    private const byte PixelFormat = 0x3A;
    private const byte WriteBrightness = 0x51;
    private const byte CommandSetControl = 0xF0;

    // MADCTL: row/column exchange, column and row order, and BGR panel order.
    private const byte RowColumnExchange = 0x20;
    private const byte ColumnOrderReversed = 0x40;
    private const byte RowOrderReversed = 0x80;
    private const byte BgrOrder = 0x08;

    private static GraphicDriver _driver;

    public static GraphicDriver GraphicDriver
    {
        get
        {
            if (_driver == null)
            {
                _driver = new GraphicDriver
                {
                    BitsPerPixel = 16,
                    MemoryWrite = MemoryWrite,
                    SetColumnAddress = ColumnAddressSet,
                    SetRowAddress = RowAddressSet,
                    InitializationSequence = new byte[]
                    {
                        Command, 1, SoftwareReset,
                        Sleep, 12,
                        Command, 1, SleepOut,
                        Sleep, 12,
                        // Unlock the extended command set, as every ST7796S bring-up does.
                        Command, 2, CommandSetControl, 0xC3,
                        Command, 2, CommandSetControl, 0x96,
                        Command, 2, PixelFormat, 0x55,
                        Command, 2, MemoryAccessControl, ColumnOrderReversed | BgrOrder,
                        // IPS modules of this kind show inverted colours without it.
                        Command, 1, InversionOn,
                        Command, 2, CommandSetControl, 0x3C,
                        Command, 2, CommandSetControl, 0x69,
                        Command, 1, DisplayOn,
                        Sleep, 2,
                    },
                    OrientationPortrait = Madctl(ColumnOrderReversed | BgrOrder),
                    OrientationLandscape = Madctl(RowColumnExchange | BgrOrder),
                    OrientationPortrait180 = Madctl(RowOrderReversed | BgrOrder),
                    OrientationLandscape180 = Madctl(ColumnOrderReversed | RowOrderReversed | RowColumnExchange | BgrOrder),
                    DefaultOrientation = DisplayOrientation.Landscape,
                    Brightness = WriteBrightness,
                    SetWindowType = SetWindowType.X16bitsY16Bit,
                };
            }

            return _driver;
        }
    }

    private static byte[] Madctl(int value)
    {
        return new byte[] { Command, 2, MemoryAccessControl, (byte)value, Command, 1, MemoryWrite };
    }
}
