using Kiosk.Firmware.Input;

namespace Kiosk.Firmware.Esp32.Boards;

/// <summary>
/// The three supported boards (hardware/boards/*.json holds the same facts for people and
/// tests) and which one the running firmware image belongs to.
/// </summary>
public static class BoardCatalog
{
    public static BoardProfile M5StackCore2()
    {
        return new BoardProfile
        {
            Id = "m5stack-core2",
            FirmwareTarget = "M5Core2",
            DisplayProfileId = "320x240",
            Display = DisplayKind.M5Core2Ili9342C,
            NativeWidth = 320,
            NativeHeight = 240,
            Rotation = ScreenRotation.None,
            DisplaySpiBus = 1,
            DisplaySck = 18,
            DisplayMosi = 23,
            DisplayMiso = 38,
            DisplayChipSelect = 5,
            DisplayDataCommand = 15,
            DisplayReset = -1,
            DisplayBacklight = -1,
            Touch = TouchKind.Ft6336,
            TouchBus = 1,
            TouchData = 21,
            TouchClock = 22,
            TouchMiso = -1,
            TouchChipSelect = -1,
            TouchInterrupt = 39,
            Calibration = new TouchCalibration { RawLeft = 0, RawRight = 319, RawTop = 0, RawBottom = 239 },
            HasPsram = true,
            HasSdCard = true,
            SdSpiBus = 1,
            SdSck = 18,
            SdMosi = 23,
            SdMiso = 38,
            SdChipSelect = 4
        };
    }

    public static BoardProfile CheapYellowDisplay()
    {
        return new BoardProfile
        {
            Id = "esp32-2432s028r",
            FirmwareTarget = "ESP32_GenericDisplay_REV0",
            DisplayProfileId = "320x240",
            Display = DisplayKind.Ili9341,
            NativeWidth = 240,
            NativeHeight = 320,
            Rotation = ScreenRotation.Clockwise90,
            DisplaySpiBus = 1,
            DisplaySck = 14,
            DisplayMosi = 13,
            DisplayMiso = 12,
            DisplayChipSelect = 15,
            DisplayDataCommand = 2,
            DisplayReset = -1,
            DisplayBacklight = 21,
            Touch = TouchKind.Xpt2046,
            TouchBus = 2,
            TouchData = 32,
            TouchClock = 25,
            TouchMiso = 39,
            TouchChipSelect = 33,
            TouchInterrupt = 36,
            Calibration = new TouchCalibration { RawLeft = 3800, RawRight = 300, RawTop = 200, RawBottom = 3850 },
            HasPsram = false,
            HasSdCard = false
        };
    }

    public static BoardProfile EspS3St7796()
    {
        return new BoardProfile
        {
            Id = "esp32-s3-st7796-480x320",
            FirmwareTarget = "ESP32_S3_ALL",
            DisplayProfileId = "480x320",
            Display = DisplayKind.St7796S,
            NativeWidth = 320,
            NativeHeight = 480,
            Rotation = ScreenRotation.Clockwise90,
            DisplaySpiBus = 1,
            DisplaySck = 12,
            DisplayMosi = 11,
            DisplayMiso = 13,
            DisplayChipSelect = 10,
            DisplayDataCommand = 9,
            DisplayReset = 8,
            DisplayBacklight = 7,
            Touch = TouchKind.Ft6336,
            TouchBus = 1,
            TouchData = 5,
            TouchClock = 6,
            TouchMiso = -1,
            TouchChipSelect = -1,
            TouchInterrupt = 15,
            Calibration = new TouchCalibration { RawLeft = 0, RawRight = 319, RawTop = 0, RawBottom = 479 },
            HasPsram = true,
            HasSdCard = true,
            SdSpiBus = 2,
            SdSck = 40,
            SdMosi = 41,
            SdMiso = 42,
            SdChipSelect = 39
        };
    }

    /// <summary>The board whose firmware image is running, or null when the image is not one of ours.</summary>
    public static BoardProfile ForTarget(string targetName)
    {
        BoardProfile[] all = new BoardProfile[] { M5StackCore2(), CheapYellowDisplay(), EspS3St7796() };
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i].FirmwareTarget == targetName)
            {
                return all[i];
            }
        }

        return null;
    }
}
