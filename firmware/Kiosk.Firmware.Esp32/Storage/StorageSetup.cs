using System;
using Kiosk.Firmware.Esp32.Boards;
using nanoFramework.Hardware.Esp32;
using nanoFramework.System.IO.FileSystem;

namespace Kiosk.Firmware.Esp32.Storage;

/// <summary>
/// Picks where content lives: the SD card when the board has one and a card is mounted (bundles
/// for several languages need megabytes), else the internal LittleFS drive. Small state (usage
/// counters, progress records) always stays on internal flash, which has no card to pull out.
/// </summary>
public static class StorageSetup
{
    public const string InternalDrive = "I:";
    public const string CardDrive = "D:";

    public static NanoFileSystem Internal()
    {
        return new NanoFileSystem(InternalDrive);
    }

    /// <summary>The SD card, or null when the board has no usable slot or no card answered.</summary>
    public static NanoFileSystem Card(BoardProfile board)
    {
        if (!board.HasSdCard)
        {
            return null;
        }

        if (board.SdSpiBus == 2)
        {
            Configuration.SetPinFunction(board.SdSck, DeviceFunction.SPI2_CLOCK);
            Configuration.SetPinFunction(board.SdMosi, DeviceFunction.SPI2_MOSI);
            Configuration.SetPinFunction(board.SdMiso, DeviceFunction.SPI2_MISO);
        }

        var card = new SDCard(new SDCardSpiParameters { spiBus = (uint)board.SdSpiBus, chipSelectPin = (uint)board.SdChipSelect });
        try
        {
            card.Mount();
        }
        catch (Exception)
        {
            // The native mount raises different exceptions for "no card", "not FAT" and bus errors;
            // each means the same here: run from internal flash.
            return null;
        }

        return card.IsMounted ? new NanoFileSystem(CardDrive) : null;
    }
}
