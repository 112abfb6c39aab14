using System.Text.Json;
using Kiosk.Firmware.Input;

namespace Kiosk.Hardware.Tests.Boards;

public class BoardProfileTests
{
    private static readonly string[] DisplayProfiles = ["320x240", "480x320"];

    public static TheoryData<string> Boards()
    {
        var data = new TheoryData<string>();
        foreach (string path in BoardFiles.BoardPaths())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    private static JsonElement Board(string file) => BoardFiles.Load(Path.Combine(BoardFiles.HardwareFolder, "boards", file));

    [Fact]
    public void The_three_supported_boards_are_described()
    {
        var files = BoardFiles.BoardPaths().Select(Path.GetFileName).ToArray();

        Assert.Contains("m5stack-core2.json", files);
        Assert.Contains("esp32-2432s028r.json", files);
        Assert.Contains("esp32-s3-st7796-480x320.json", files);
    }

    [Theory]
    [MemberData(nameof(Boards))]
    public void Each_board_names_itself_after_its_file_and_a_known_firmware_target(string file)
    {
        var board = Board(file);

        Assert.Equal(Path.GetFileNameWithoutExtension(file), board.GetProperty("id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(board.GetProperty("name").GetString()));
        Assert.Contains(board.GetProperty("firmwareTarget").GetString(), new[] { "M5Core2", "ESP32_GenericDisplay_REV0", "ESP32_S3_ALL" });
        Assert.True(board.GetProperty("memory").GetProperty("psram").ValueKind is JsonValueKind.True or JsonValueKind.False);
        Assert.Equal("I:", board.GetProperty("storage").GetProperty("internal").GetString());
    }

    [Theory]
    [MemberData(nameof(Boards))]
    public void The_screen_size_is_the_native_size_turned_by_the_rotation(string file)
    {
        var screen = Board(file).GetProperty("screen");
        int nativeWidth = screen.GetProperty("nativeWidth").GetInt32();
        int nativeHeight = screen.GetProperty("nativeHeight").GetInt32();
        int rotation = screen.GetProperty("rotation").GetInt32();
        Assert.Contains(rotation, new[] { 0, 90, 180, 270 });

        bool quarterTurn = rotation % 180 == 90;
        Assert.Equal(quarterTurn ? nativeHeight : nativeWidth, screen.GetProperty("width").GetInt32());
        Assert.Equal(quarterTurn ? nativeWidth : nativeHeight, screen.GetProperty("height").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Boards))]
    public void The_display_profile_exists_and_matches_the_screen(string file)
    {
        var board = Board(file);
        string profile = board.GetProperty("displayProfile").GetString()!;
        Assert.Contains(profile, DisplayProfiles);

        var screen = board.GetProperty("screen");
        string[] size = profile.Split('x');
        Assert.Equal(int.Parse(size[0]), screen.GetProperty("width").GetInt32());
        Assert.Equal(int.Parse(size[1]), screen.GetProperty("height").GetInt32());

        // The profiles are written alongside; once present, their own size must agree too.
        string profilePath = Path.Combine(BoardFiles.HardwareFolder, "profiles", profile + ".json");
        if (File.Exists(profilePath))
        {
            var profileJson = BoardFiles.Load(profilePath);
            if (profileJson.TryGetProperty("width", out var width) && profileJson.TryGetProperty("height", out var height))
            {
                Assert.Equal(screen.GetProperty("width").GetInt32(), width.GetInt32());
                Assert.Equal(screen.GetProperty("height").GetInt32(), height.GetInt32());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Boards))]
    public void Touch_calibration_maps_the_whole_screen(string file)
    {
        var board = Board(file);
        var screen = board.GetProperty("screen");
        var touch = board.GetProperty("touch");
        Assert.Contains(touch.GetProperty("controller").GetString(), new[] { "FT6336U", "XPT2046" });

        var c = touch.GetProperty("calibration");
        var calibration = new TouchCalibration
        {
            RawLeft = c.GetProperty("rawLeft").GetInt32(),
            RawRight = c.GetProperty("rawRight").GetInt32(),
            RawTop = c.GetProperty("rawTop").GetInt32(),
            RawBottom = c.GetProperty("rawBottom").GetInt32(),
            SwapAxes = c.GetProperty("swapAxes").GetBoolean(),
        };
        var rotation = (ScreenRotation)(screen.GetProperty("rotation").GetInt32() / 90);
        var mapper = new TouchMapper(calibration, screen.GetProperty("nativeWidth").GetInt32(), screen.GetProperty("nativeHeight").GetInt32(), rotation);

        Assert.Equal(screen.GetProperty("width").GetInt32(), mapper.ScreenWidth);
        Assert.Equal(screen.GetProperty("height").GetInt32(), mapper.ScreenHeight);
    }

    [Theory]
    [MemberData(nameof(Boards))]
    public void No_pin_is_used_twice_except_shared_spi_lines(string file)
    {
        var board = Board(file);
        var owners = new Dictionary<int, string>();
        void Claim(JsonElement pins, string part)
        {
            foreach (var pin in pins.EnumerateObject())
            {
                if (pin.Value.ValueKind != JsonValueKind.Number || pin.Value.GetInt32() < 0)
                {
                    continue;
                }

                int number = pin.Value.GetInt32();
                bool sharedBusLine = pin.Name is "sck" or "mosi" or "miso";
                if (owners.TryGetValue(number, out var owner) && !(sharedBusLine && owner.EndsWith("." + pin.Name)))
                {
                    Assert.Fail($"GPIO {number} is both {owner} and {part}.{pin.Name}");
                }

                owners[number] = part + "." + pin.Name;
            }
        }

        Claim(board.GetProperty("screen").GetProperty("pins"), "screen");
        Claim(board.GetProperty("touch").GetProperty("pins"), "touch");
        if (board.GetProperty("storage").TryGetProperty("sdCardPins", out var sd))
        {
            Claim(sd, "sd");
        }

        Assert.NotEmpty(owners);
    }
}
