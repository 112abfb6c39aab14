using Kiosk.Firmware.Screens;
using Kiosk.Firmware.Teacher;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Security;
using Kiosk.Simulator.Tests.Fixtures;

namespace Kiosk.Simulator.Tests;

public sealed class TeacherTests
{
    public const string Pin = "2468";

    public static KioskConfig Config(KioskHarness kiosk, uint idleSeconds = 90)
    {
        var salt = new byte[16];
        new Random(7).NextBytes(salt);
        return new KioskConfig
        {
            KioskId = KioskHarness.KioskId,
            GroupId = "test-group",
            Serial = 1,
            PinSalt = salt,
            PinIterations = 10,
            PinHash = PinHash.Compute(salt, Pin, 10),
            EnabledModuleIds = [.. kiosk.Ui.Languages[0].Index.Modules.Select(m => m.Id)],
            Helplines = [],
            DefaultLanguage = "en",
            IdleTimeoutSeconds = idleSeconds,
        };
    }

    [Fact]
    public void A_short_tap_on_the_corner_starts_a_visit_and_a_long_press_asks_for_the_pin()
    {
        using var kiosk = new KioskHarness("320x240");
        var (x, y) = Corner(kiosk);

        kiosk.TapAt(x, y);
        Assert.NotEqual(ScreenKind.TeacherPin, kiosk.Ui.Screen);
        Assert.NotEqual(ScreenKind.Attract, kiosk.Ui.Screen);

        kiosk.Ui.EndSession();
        kiosk.Turn();
        kiosk.Hold(x, y, TimeSpan.FromMilliseconds(KioskUi.LongPressMilliseconds + 200));
        Assert.Equal(ScreenKind.TeacherPin, kiosk.Ui.Screen);
        Assert.True(kiosk.Ui.Targets.IndexOf(TargetAction.Help, -1) >= 0, "help is on the PIN screen too");
    }

    [Fact]
    public void Wrong_pins_lock_out_then_the_right_pin_opens_teacher_mode_whose_changes_persist()
    {
        using var kiosk = new KioskHarness("320x240");
        kiosk.Configure(Config(kiosk));
        OpenPinPad(kiosk);

        for (int attempt = 1; attempt < TeacherLock.FailuresBeforeLockout; attempt++)
        {
            Enter(kiosk, "1111");
            Assert.Equal((int)PinCheckResult.Wrong, kiosk.Ui.Session.PinOutcome);
        }
        Enter(kiosk, "1111");
        Assert.Equal((int)PinCheckResult.LockedOut, kiosk.Ui.Session.PinOutcome);
        Enter(kiosk, Pin);
        Assert.Equal((int)PinCheckResult.LockedOut, kiosk.Ui.Session.PinOutcome);
        Assert.Equal(ScreenKind.TeacherPin, kiosk.Ui.Screen);

        kiosk.Wait(TimeSpan.FromMilliseconds(TeacherLock.FirstLockoutMilliseconds + 1000));
        Enter(kiosk, Pin);
        Assert.Equal(ScreenKind.Teacher, kiosk.Ui.Screen);

        // Page 1: modules. Switch the first one off.
        var modules = kiosk.Ui.View!.Index.Modules;
        string off = modules[0].Id;
        kiosk.Tap(TargetAction.ToggleModule, 0);
        Assert.DoesNotContain(off, kiosk.Kiosk.Node.TeacherSettings.Current.EnabledModuleIds!);
        Assert.DoesNotContain(off, kiosk.Kiosk.Node.BuildStatus().EnabledModuleIds);
        Assert.Contains(modules[1].Id, kiosk.Kiosk.Node.BuildStatus().EnabledModuleIds);

        // The language page: Arabic becomes the default.
        while (kiosk.Ui.Targets.IndexOf(TargetAction.DefaultLanguage, -1) < 0)
        {
            kiosk.Tap(TargetAction.Next);
        }
        kiosk.Tap(TargetAction.DefaultLanguage, Flow.LanguageIndex(kiosk, "ar"));
        Assert.Equal("ar", kiosk.Kiosk.Node.BuildStatus().DefaultLanguage);

        // The last page shows the counts and leaves teacher mode.
        while (kiosk.Ui.Targets.IndexOf(TargetAction.Next, -1) >= 0)
        {
            kiosk.Tap(TargetAction.Next);
        }
        kiosk.Tap(TargetAction.ExitTeacher);
        Assert.Equal(ScreenKind.Attract, kiosk.Ui.Screen);
        Assert.True(kiosk.Ui.Session.IsClear());
        Assert.Equal("ar", kiosk.Ui.View!.Language);

        // After a reboot the choices are still there, and visitors no longer see the module.
        kiosk.Reboot();
        Assert.DoesNotContain(off, kiosk.Kiosk.Node.TeacherSettings.Current.EnabledModuleIds!);
        Assert.Equal("ar", kiosk.Kiosk.Node.TeacherSettings.Current.DefaultLanguage);
        Flow.ToModules(kiosk, "en", modules[0].Audience, modules[0].AgeBand);
        var offered = kiosk.Ui.Session.Offered.Take(kiosk.Ui.Session.OfferedCount).Select(i => kiosk.Ui.View!.Index.Modules[i].Id);
        Assert.DoesNotContain(off, offered);
    }

    [Fact]
    public void The_counts_page_shows_todays_use()
    {
        using var kiosk = new KioskHarness("480x320");
        kiosk.Configure(Config(kiosk));
        Flow.ToLesson(kiosk, "en");
        kiosk.Ui.EndSession();
        kiosk.Turn();
        OpenPinPad(kiosk);
        Enter(kiosk, Pin);
        Assert.Equal(ScreenKind.Teacher, kiosk.Ui.Screen);
        var usage = kiosk.Kiosk.Node.Usage;
        Assert.Equal(1u, usage.Totals.Today(usage.Today, UsageEvent.LessonOpened));
        Assert.Equal(1u, usage.Totals.ThisWeek(usage.Today, UsageEvent.LessonOpened));
    }

    [Theory]
    [InlineData("320x240", "en")]
    [InlineData("320x240", "ar")]
    [InlineData("480x320", "th")]
    public void The_counts_page_names_its_columns_and_rows(string profile, string language)
    {
        using var kiosk = new KioskHarness(profile);
        var config = Config(kiosk);
        config.DefaultLanguage = language;
        kiosk.Configure(config);
        OpenPinPad(kiosk);
        Enter(kiosk, Pin);
        while (kiosk.Ui.Targets.IndexOf(TargetAction.Next, -1) >= 0)
        {
            kiosk.Tap(TargetAction.Next);
        }
        Assert.Equal(ScreenKind.Teacher, kiosk.Ui.Screen);
        var view = kiosk.Ui.View!;
        Assert.Equal(language, view.Language);
        var labels = view.Labels;
        Assert.All(new[] { labels.CountsToday, labels.CountsWeek, labels.CountsOpened, labels.CountsCompleted, labels.CountsRight, labels.CountsWrong, labels.CountsHelp },
            label => Assert.True(label >= 0, "the bundle has every counts label"));

        // The page as the compiler sizes its labels: a head row, then one row per event; names in
        // the reading-start half after the colour key, counts in the two quarters after it.
        var content = view.Index.Display.Content;
        int margin = view.Index.Display.Margin;
        int row = (content.Height - (2 * margin)) / 6;
        int key = row - 6;
        int half = content.Width / 2;
        var screen = kiosk.Display.Snapshot();
        File.WriteAllBytes(Path.Combine(ScreenshotTests.Folder(profile + "-" + language), "teacher-counts.png"), kiosk.Kiosk.Screenshot());
        bool Inked(int x, int y, int width, int height)
        {
            int left = view.Layout.Mirror(x, width);
            for (int py = y; py < y + height; py++)
            {
                for (int px = left; px < left + width; px++)
                {
                    if (screen[(py * kiosk.Display.Width) + px] != (ushort)view.Theme.PageBackground)
                    {
                        return true;
                    }
                }
            }
            return false;
        }

        int top = content.Y + margin;
        Assert.True(Inked(content.X + half, top, content.Width / 4, row), "the 'today' head is drawn");
        Assert.True(Inked(content.X + half + (content.Width / 4), top, content.Width / 4, row), "the 'this week' head is drawn");
        for (int e = 0; e < 5; e++)
        {
            int y = top + ((e + 1) * row);
            int labelX = content.X + margin + key + margin;
            Assert.True(Inked(labelX, y, half - labelX - (margin / 2), row), $"event {e} is named");
        }
        // Nothing spills from the names into the gap before the counts.
        Assert.False(Inked(content.X + half - (margin / 2), top + row, margin / 2, 5 * row), "the names stay in their column");
    }

    private static (int X, int Y) Corner(KioskHarness kiosk)
    {
        int corner = kiosk.Ui.Targets.IndexOf(TargetAction.TeacherCorner, -1);
        Assert.True(corner >= 0);
        return (kiosk.Ui.Targets.CentreX(corner), kiosk.Ui.Targets.CentreY(corner));
    }

    private static void OpenPinPad(KioskHarness kiosk)
    {
        var (x, y) = Corner(kiosk);
        kiosk.Hold(x, y, TimeSpan.FromMilliseconds(KioskUi.LongPressMilliseconds + 200));
        Assert.Equal(ScreenKind.TeacherPin, kiosk.Ui.Screen);
    }

    private static void Enter(KioskHarness kiosk, string pin)
    {
        foreach (char digit in pin)
        {
            kiosk.Tap(TargetAction.PinDigit, digit - '0');
        }
        Assert.Equal(pin.Length, kiosk.Ui.Session.PinLength);
        kiosk.Tap(TargetAction.Next);
        Assert.Equal(0, kiosk.Ui.Session.PinLength);
        Assert.All(kiosk.Ui.Session.Pin, c => Assert.Equal('\0', c));
    }
}
