using Kiosk.Firmware.Input;
using Kiosk.Firmware.Platform;

namespace Kiosk.Hardware.Tests.Input;

public class TouchMapperTests
{
    // A 240x320 portrait panel (ILI9341 native order) read by a 12-bit resistive controller whose
    // X runs along the panel's rows and whose row axis is wired backwards: the shape of the
    // ESP32-2432S028's overlay.
    private static TouchCalibration Resistive() => new()
    {
        RawLeft = 300,
        RawRight = 3800,
        RawTop = 3900,
        RawBottom = 200,
        SwapAxes = true,
    };

    private static (int X, int Y) Map(TouchMapper mapper, int rawX, int rawY)
    {
        var sample = new TouchSample();
        mapper.Map(rawX, rawY, sample);
        return (sample.X, sample.Y);
    }

    [Fact]
    public void Calibrated_edges_land_on_the_first_and_last_native_pixels()
    {
        var mapper = new TouchMapper(Resistive(), 240, 320, ScreenRotation.None);

        // SwapAxes: the panel's column comes from raw Y, its row from raw X.
        Assert.Equal((0, 0), Map(mapper, 3900, 300));
        Assert.Equal((239, 319), Map(mapper, 200, 3800));
    }

    [Fact]
    public void A_reading_halfway_between_the_edges_maps_to_the_middle_pixel()
    {
        var calibration = new TouchCalibration { RawLeft = 1000, RawRight = 3000, RawTop = 0, RawBottom = 4000 };
        var mapper = new TouchMapper(calibration, 240, 320, ScreenRotation.None);

        // 239 * 0.5 = 119.5 rounds to 120; 319 * 0.25 = 79.75 rounds to 80.
        Assert.Equal((120, 80), Map(mapper, 2000, 1000));
    }

    [Fact]
    public void Readings_beyond_the_calibrated_edges_clamp_to_the_screen()
    {
        var mapper = new TouchMapper(Resistive(), 240, 320, ScreenRotation.None);

        Assert.Equal((0, 0), Map(mapper, 4095, 0));
        Assert.Equal((239, 319), Map(mapper, 0, 4095));
    }

    [Theory]
    // Native pixel (column 10, row 20) on a 240x320 panel, turned clockwise by the rotation.
    [InlineData(ScreenRotation.None, 10, 20)]
    [InlineData(ScreenRotation.Clockwise90, 299, 10)]
    [InlineData(ScreenRotation.Clockwise180, 229, 299)]
    [InlineData(ScreenRotation.Clockwise270, 20, 229)]
    public void Rotation_turns_the_native_position_like_the_picture(ScreenRotation rotation, int x, int y)
    {
        var identity = new TouchCalibration { RawLeft = 0, RawRight = 239, RawTop = 0, RawBottom = 319 };
        var mapper = new TouchMapper(identity, 240, 320, rotation);

        Assert.Equal((x, y), Map(mapper, 10, 20));
    }

    [Theory]
    [InlineData(ScreenRotation.None, 240, 320)]
    [InlineData(ScreenRotation.Clockwise90, 320, 240)]
    [InlineData(ScreenRotation.Clockwise180, 240, 320)]
    [InlineData(ScreenRotation.Clockwise270, 320, 240)]
    public void Screen_size_follows_the_rotation(ScreenRotation rotation, int width, int height)
    {
        var mapper = new TouchMapper(Resistive(), 240, 320, rotation);

        Assert.Equal(width, mapper.ScreenWidth);
        Assert.Equal(height, mapper.ScreenHeight);
    }

    [Fact]
    public void Every_corner_stays_on_screen_in_every_rotation()
    {
        foreach (ScreenRotation rotation in Enum.GetValues<ScreenRotation>())
        {
            var mapper = new TouchMapper(Resistive(), 240, 320, rotation);
            foreach (int rawX in new[] { 0, 200, 3900, 4095 })
            {
                foreach (int rawY in new[] { 0, 300, 3800, 4095 })
                {
                    var (x, y) = Map(mapper, rawX, rawY);
                    Assert.InRange(x, 0, mapper.ScreenWidth - 1);
                    Assert.InRange(y, 0, mapper.ScreenHeight - 1);
                }
            }
        }
    }

    [Fact]
    public void A_calibration_without_span_is_refused()
    {
        var flat = new TouchCalibration { RawLeft = 5, RawRight = 5, RawTop = 0, RawBottom = 10 };

        Assert.Throws<ArgumentException>(() => new TouchMapper(flat, 240, 320, ScreenRotation.None));
    }
}
