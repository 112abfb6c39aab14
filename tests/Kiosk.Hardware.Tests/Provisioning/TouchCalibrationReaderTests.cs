using System.Text;
using System.Text.Json.Nodes;
using Kiosk.Firmware.Input;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Provisioning;

namespace Kiosk.Hardware.Tests.Provisioning;

public class TouchCalibrationReaderTests
{
    private static JsonObject Valid() => new()
    {
        ["format"] = 1,
        ["rawLeft"] = 3712,
        ["rawRight"] = 355,
        ["rawTop"] = 240,
        ["rawBottom"] = 3790,
        ["swapAxes"] = true,
    };

    private static TouchCalibration Read(JsonObject json) =>
        TouchCalibrationReader.Read(Encoding.UTF8.GetBytes(json.ToJsonString()));

    [Fact]
    public void Reads_every_member()
    {
        var calibration = Read(Valid());

        Assert.Equal(3712, calibration.RawLeft);
        Assert.Equal(355, calibration.RawRight);
        Assert.Equal(240, calibration.RawTop);
        Assert.Equal(3790, calibration.RawBottom);
        Assert.True(calibration.SwapAxes);
    }

    [Fact]
    public void A_read_calibration_drives_the_mapper()
    {
        var mapper = new TouchMapper(Read(Valid()), 240, 320, ScreenRotation.None);
        var sample = new TouchSample();

        // SwapAxes: raw Y gives the column (3712 is column 0), raw X the row (240 is row 0).
        mapper.Map(240, 3712, sample);

        Assert.Equal((0, 0), (sample.X, sample.Y));
    }

    [Theory]
    [InlineData("format", 2)]
    [InlineData("rawLeft", -1)]
    [InlineData("rawRight", 65536)]
    [InlineData("rawTop", "240")]
    [InlineData("swapAxes", 1)]
    [InlineData("rawRight", 3712)]
    [InlineData("rawBottom", 240)]
    public void Bad_values_are_rejected(string name, object value)
    {
        var json = Valid();
        json[name] = JsonValue.Create(value);

        Assert.Throws<ProvisioningException>(() => Read(json));
    }

    [Theory]
    [InlineData("format")]
    [InlineData("rawLeft")]
    [InlineData("swapAxes")]
    public void Missing_members_are_rejected(string name)
    {
        var json = Valid();
        json.Remove(name);

        Assert.Throws<ProvisioningException>(() => Read(json));
    }

    [Fact]
    public void Unknown_members_empty_and_oversized_files_are_rejected()
    {
        var json = Valid();
        json["rawMiddle"] = 5;
        Assert.Contains("rawMiddle", Assert.Throws<ProvisioningException>(() => Read(json)).Message);

        Assert.Throws<ProvisioningException>(() => TouchCalibrationReader.Read(null!));
        Assert.Throws<ProvisioningException>(() => TouchCalibrationReader.Read([]));
        Assert.Throws<ProvisioningException>(() => TouchCalibrationReader.Read(new byte[2000]));
    }
}
