using System.Buffers.Binary;
using Kiosk.Firmware.Screens;
using Kiosk.Simulator.Devices;
using Kiosk.Simulator.Tests.Fixtures;

namespace Kiosk.Simulator.Tests;

public sealed class ScreenshotTests(ITestOutputHelper output)
{
    public static string Folder(string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public void The_display_refuses_a_write_outside_the_screen()
    {
        var display = new FrameBufferDisplay(320, 240);
        var strip = new ushort[320 * 16];
        display.Write(0, 224, 320, 16, strip);
        Assert.Throws<ArgumentOutOfRangeException>(() => display.Write(0, 230, 320, 16, strip));
        Assert.Throws<ArgumentOutOfRangeException>(() => display.Write(-1, 0, 10, 10, strip));
        Assert.Throws<ArgumentOutOfRangeException>(() => display.Write(315, 0, 10, 10, strip));
    }

    [Theory]
    [InlineData("320x240", "en")]
    [InlineData("320x240", "ar")]
    [InlineData("480x320", "th")]
    public void Sample_screens_are_saved_as_png_at_the_screen_size(string profile, string language)
    {
        using var kiosk = new KioskHarness(profile);
        string folder = Folder(profile + "-" + language);
        var shots = new List<string>();
        void Shoot()
        {
            var png = kiosk.Kiosk.Screenshot();
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
            Assert.Equal(kiosk.Display.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
            Assert.Equal(kiosk.Display.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
            string name = $"{shots.Count:D2}-{kiosk.Ui.Screen}.png";
            File.WriteAllBytes(Path.Combine(folder, name), png);
            shots.Add(name);
        }

        Shoot();
        Flow.ToQuestion(kiosk, language);
        Shoot();
        kiosk.Tap(TargetAction.Choice, 0);
        Shoot();
        kiosk.Tap(TargetAction.Help);
        Shoot();
        Assert.Equal(ScreenKind.Help, kiosk.Ui.Screen);
        output.WriteLine($"{folder}: {string.Join(", ", shots)}");
    }
}
