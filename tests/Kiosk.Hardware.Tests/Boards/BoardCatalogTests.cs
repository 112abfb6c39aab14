using System.Text.Json;
using Kiosk.Firmware.Esp32.Boards;
using Kiosk.Firmware.Input;

namespace Kiosk.Hardware.Tests.Boards;

/// <summary>The device's compiled-in board catalog must say what hardware/boards/*.json says.</summary>
public class BoardCatalogTests
{
    public static TheoryData<string> Targets() => new() { "M5Core2", "ESP32_GenericDisplay_REV0", "ESP32_S3_ALL" };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Catalog_entry_matches_the_board_file(string target)
    {
        BoardProfile board = BoardCatalog.ForTarget(target);
        Assert.NotNull(board);
        var json = BoardFiles.Load(Path.Combine(BoardFiles.HardwareFolder, "boards", board.Id + ".json"));

        Assert.Equal(target, json.GetProperty("firmwareTarget").GetString());
        Assert.Equal(json.GetProperty("displayProfile").GetString(), board.DisplayProfileId);
        Assert.Equal(json.GetProperty("memory").GetProperty("psram").GetBoolean(), board.HasPsram);

        var screen = json.GetProperty("screen");
        Assert.Equal(screen.GetProperty("nativeWidth").GetInt32(), board.NativeWidth);
        Assert.Equal(screen.GetProperty("nativeHeight").GetInt32(), board.NativeHeight);
        Assert.Equal((ScreenRotation)(screen.GetProperty("rotation").GetInt32() / 90), board.Rotation);
        Assert.Equal(screen.GetProperty("width").GetInt32(), board.ScreenWidth);
        Assert.Equal(screen.GetProperty("height").GetInt32(), board.ScreenHeight);
        Assert.Equal(screen.GetProperty("controller").GetString(), ControllerName(board.Display));
        var pins = screen.GetProperty("pins");
        Assert.Equal(pins.GetProperty("sck").GetInt32(), board.DisplaySck);
        Assert.Equal(pins.GetProperty("mosi").GetInt32(), board.DisplayMosi);
        Assert.Equal(pins.GetProperty("miso").GetInt32(), board.DisplayMiso);
        Assert.Equal(pins.GetProperty("cs").GetInt32(), board.DisplayChipSelect);
        Assert.Equal(pins.GetProperty("dc").GetInt32(), board.DisplayDataCommand);
        Assert.Equal(PinOrMinusOne(pins.GetProperty("reset")), board.DisplayReset);
        Assert.Equal(PinOrMinusOne(pins.GetProperty("backlight")), board.DisplayBacklight);

        var touch = json.GetProperty("touch");
        Assert.Equal(touch.GetProperty("controller").GetString(), board.Touch == TouchKind.Ft6336 ? "FT6336U" : "XPT2046");
        var touchPins = touch.GetProperty("pins");
        Assert.Equal(touchPins.GetProperty("interrupt").GetInt32(), board.TouchInterrupt);
        if (board.Touch == TouchKind.Ft6336)
        {
            Assert.Equal(touch.GetProperty("i2cBus").GetInt32(), board.TouchBus);
            Assert.Equal(touchPins.GetProperty("sda").GetInt32(), board.TouchData);
            Assert.Equal(touchPins.GetProperty("scl").GetInt32(), board.TouchClock);
        }
        else
        {
            Assert.Equal(touch.GetProperty("spiBus").GetInt32(), board.TouchBus);
            Assert.Equal(touchPins.GetProperty("mosi").GetInt32(), board.TouchData);
            Assert.Equal(touchPins.GetProperty("sck").GetInt32(), board.TouchClock);
            Assert.Equal(touchPins.GetProperty("miso").GetInt32(), board.TouchMiso);
            Assert.Equal(touchPins.GetProperty("cs").GetInt32(), board.TouchChipSelect);
        }

        var calibration = touch.GetProperty("calibration");
        Assert.Equal(calibration.GetProperty("rawLeft").GetInt32(), board.Calibration.RawLeft);
        Assert.Equal(calibration.GetProperty("rawRight").GetInt32(), board.Calibration.RawRight);
        Assert.Equal(calibration.GetProperty("rawTop").GetInt32(), board.Calibration.RawTop);
        Assert.Equal(calibration.GetProperty("rawBottom").GetInt32(), board.Calibration.RawBottom);
        Assert.Equal(calibration.GetProperty("swapAxes").GetBoolean(), board.Calibration.SwapAxes);

        var storage = json.GetProperty("storage");
        bool hasCard = storage.GetProperty("sdCard").ValueKind == JsonValueKind.String;
        Assert.Equal(hasCard, board.HasSdCard);
        if (hasCard)
        {
            var sd = storage.GetProperty("sdCardPins");
            Assert.Equal(storage.GetProperty("sdCardSpiBus").GetInt32(), board.SdSpiBus);
            Assert.Equal(sd.GetProperty("sck").GetInt32(), board.SdSck);
            Assert.Equal(sd.GetProperty("mosi").GetInt32(), board.SdMosi);
            Assert.Equal(sd.GetProperty("miso").GetInt32(), board.SdMiso);
            Assert.Equal(sd.GetProperty("cs").GetInt32(), board.SdChipSelect);
        }
    }

    [Fact]
    public void An_unknown_firmware_image_has_no_board()
    {
        Assert.Null(BoardCatalog.ForTarget("ESP32_REV0"));
    }

    private static string ControllerName(DisplayKind kind) => kind switch
    {
        DisplayKind.M5Core2Ili9342C => "ILI9342C",
        DisplayKind.Ili9341 => "ILI9341",
        DisplayKind.St7796S => "ST7796S",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // Lines driven by a power chip or tied off are written as text or -1 in the board file.
    private static int PinOrMinusOne(JsonElement pin) => pin.ValueKind == JsonValueKind.Number ? pin.GetInt32() : -1;
}
