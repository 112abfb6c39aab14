using Kiosk.Firmware.Screens;
using Kiosk.Simulator.Tests.Fixtures;

namespace Kiosk.Simulator.Tests;

public sealed class ChromeTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("320x240")]
    [InlineData("480x320")]
    public void Arabic_mirrors_the_chrome_of_English(string profile)
    {
        using var english = new KioskHarness(profile);
        using var arabic = new KioskHarness(profile);
        Flow.ToLesson(english, "en");
        Flow.ToLesson(arabic, "ar");
        int width = english.Display.Width;

        foreach (var action in new[] { TargetAction.Help, TargetAction.Back, TargetAction.Next })
        {
            var (ltrX, ltrWidth) = Box(english, action);
            var (rtlX, rtlWidth) = Box(arabic, action);
            // Each button sits at the mirrored end: its far edge is the same distance from the other side.
            Assert.Equal(ltrX < width / 2, rtlX + rtlWidth > width / 2);
            Assert.Equal(ltrX < width / 2 ? ltrX : width - ltrX - ltrWidth, rtlX + rtlWidth > width / 2 ? width - rtlX - rtlWidth : rtlX);
        }
        Assert.True(Box(arabic, TargetAction.Back).X > width / 2, "back is on the right in Arabic");
        Assert.True(Box(arabic, TargetAction.Help).X < width / 2, "help is on the left in Arabic");
    }

    [Theory]
    [InlineData("320x240")]
    [InlineData("480x320")]
    public void Every_target_on_the_way_is_at_least_the_minimum_size(string profile)
    {
        using var kiosk = new KioskHarness(profile);
        int minTarget = kiosk.Ui.Languages[0].Layout.MinTarget;
        void Check()
        {
            var targets = kiosk.Ui.Targets;
            for (int i = 0; i < targets.Count; i++)
            {
                Assert.True(targets.HitWidth(i) >= minTarget && targets.HitHeight(i) >= minTarget,
                    $"{targets.Action(i)} on {kiosk.Ui.Screen} is {targets.HitWidth(i)}x{targets.HitHeight(i)}");
                Assert.True(targets.HitX(i) >= 0 && targets.HitY(i) >= 0 && targets.HitX(i) + targets.HitWidth(i) <= kiosk.Display.Width
                    && targets.HitY(i) + targets.HitHeight(i) <= kiosk.Display.Height);
            }
        }
        Check();
        Flow.ToQuestion(kiosk, "th");
        Check();
        kiosk.Tap(TargetAction.Choice, 0);
        Check();
    }

    [Fact]
    public void Pressing_a_button_redraws_only_that_button_and_turning_a_page_only_the_page_and_progress()
    {
        using var kiosk = new KioskHarness("320x240");
        Flow.ToLesson(kiosk, "en");
        var ui = kiosk.Ui;
        int next = ui.Targets.IndexOf(TargetAction.Next, -1);
        int x = ui.Targets.CentreX(next);
        int y = ui.Targets.CentreY(next);

        kiosk.Display.ResetCounters();
        ui.HandleTouch(true, x, y);
        ui.Tick();
        var pressed = kiosk.Display.WrittenBounds;
        Assert.Equal((ui.Targets.DrawX(next), ui.Targets.DrawY(next), ui.Targets.DrawWidth(next), ui.Targets.DrawHeight(next)), pressed);
        long buttonPixels = kiosk.Display.PixelsWritten;

        kiosk.Display.ResetCounters();
        ui.HandleTouch(false, x, y);
        ui.Tick();
        Assert.Equal(ScreenKind.Lesson, ui.Screen);
        Assert.Equal(1, ui.Session.Page);
        var content = ui.View!.Index.Display.Content;
        ui.ProgressBox(out int progressX, out int progressY, out int progressWidth, out int progressHeight);
        var bounds = kiosk.Display.WrittenBounds;
        Assert.True(bounds.Y >= content.Y, "the top bar is not redrawn");
        Assert.True(bounds.Y + bounds.Height <= progressY + progressHeight);
        long pagePixels = kiosk.Display.PixelsWritten;
        long expected = (content.Width * content.Height) + (progressWidth * progressHeight) + (ui.Targets.DrawWidth(next) * ui.Targets.DrawHeight(next));
        Assert.Equal(expected, pagePixels);
        Assert.True(pagePixels < kiosk.Display.Width * kiosk.Display.Height);
        output.WriteLine($"320x240: pressed button {buttonPixels} px; page turn {pagePixels} px of {kiosk.Display.Width * kiosk.Display.Height} (content {content.Width * content.Height}, progress {progressWidth * progressHeight}, released button).");
        Assert.True(progressX >= 0);
    }

    private static (int X, int Width) Box(KioskHarness kiosk, TargetAction action)
    {
        int target = kiosk.Ui.Targets.IndexOf(action, -1);
        Assert.True(target >= 0, $"no {action}");
        return (kiosk.Ui.Targets.DrawX(target), kiosk.Ui.Targets.DrawWidth(target));
    }
}
