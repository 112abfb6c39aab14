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
            ButtonsHoldTheirLabels(kiosk);
        }

        Shoot();
        Flow.ToLesson(kiosk, language);
        kiosk.Tap(TargetAction.Next);
        Shoot();
        while (kiosk.Ui.Screen == ScreenKind.Lesson)
        {
            kiosk.Tap(TargetAction.Next);
        }
        Shoot();
        kiosk.Tap(TargetAction.Choice, 0);
        Shoot();
        kiosk.Tap(TargetAction.Help);
        Shoot();
        Assert.Equal(ScreenKind.Help, kiosk.Ui.Screen);
        output.WriteLine($"{folder}: {string.Join(", ", shots)}");
    }

    /// <summary>
    /// Every button the kiosk frames lies inside the screen, and its frame is one colour all
    /// round: a label (or anything else) drawn past the button's box would paint over it.
    /// </summary>
    private static void ButtonsHoldTheirLabels(KioskHarness kiosk)
    {
        var targets = kiosk.Ui.Targets;
        var screen = kiosk.Display.Snapshot();
        int width = kiosk.Display.Width;
        for (int i = 0; i < targets.Count; i++)
        {
            // The corner has no drawing of its own, and answer buttons are drawn by the page.
            if (targets.Action(i) is TargetAction.TeacherCorner or TargetAction.Choice)
            {
                continue;
            }
            int x = targets.DrawX(i), y = targets.DrawY(i), w = targets.DrawWidth(i), h = targets.DrawHeight(i);
            Assert.True(x >= 0 && y >= 0 && x + w <= width && y + h <= kiosk.Display.Height, $"{targets.Action(i)} on {kiosk.Ui.Screen} leaves the screen");
            ushort frame = screen[(y * width) + x];
            for (int py = y; py < y + h; py++)
            {
                for (int px = x; px < x + w; px++)
                {
                    bool ring = px - x < ChromeLayout.Frame || py - y < ChromeLayout.Frame || x + w - px <= ChromeLayout.Frame || y + h - py <= ChromeLayout.Frame;
                    if (ring && screen[(py * width) + px] != frame)
                    {
                        Assert.Fail($"{targets.Action(i)} on {kiosk.Ui.Screen}: something is drawn over its frame at ({px}, {py})");
                    }
                }
            }
        }
    }
}
