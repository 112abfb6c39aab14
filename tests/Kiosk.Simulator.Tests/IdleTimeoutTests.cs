using Kiosk.Firmware.Screens;
using Kiosk.Simulator.Tests.Fixtures;

namespace Kiosk.Simulator.Tests;

public sealed class IdleTimeoutTests
{
    [Fact]
    public void After_the_timeout_nothing_of_the_session_remains()
    {
        using var kiosk = new KioskHarness("320x240");
        Flow.ToQuestion(kiosk, "ar");
        kiosk.Tap(TargetAction.Choice, 0);
        Assert.Equal(ScreenKind.Feedback, kiosk.Ui.Screen);
        Assert.False(kiosk.Ui.Session.IsClear());

        kiosk.Wait(TimeSpan.FromSeconds(KioskUi.DefaultIdleTimeoutSeconds - 1));
        Assert.Equal(ScreenKind.Feedback, kiosk.Ui.Screen);
        kiosk.Wait(TimeSpan.FromSeconds(2));

        Assert.Equal(ScreenKind.Attract, kiosk.Ui.Screen);
        var session = kiosk.Ui.Session;
        Assert.True(session.IsClear(), "every session field is back to its fresh value");
        Assert.Equal(-1, session.Language);
        Assert.Equal(-1, session.Module);
        Assert.Equal(0, session.OfferedCount);
        Assert.Equal(-1, kiosk.Ui.Pressed);

        using var fresh = new KioskHarness("320x240");
        Assert.Equal(ScreenKind.Attract, fresh.Ui.Screen);
        Assert.Equal(fresh.Display.Snapshot(), kiosk.Display.Snapshot());
    }

    [Fact]
    public void The_timeout_comes_from_the_config()
    {
        using var kiosk = new KioskHarness("480x320");
        kiosk.Configure(TeacherTests.Config(kiosk, idleSeconds: 20));
        kiosk.Tap(TargetAction.Start);
        Assert.NotEqual(ScreenKind.Attract, kiosk.Ui.Screen);

        kiosk.Wait(TimeSpan.FromSeconds(19));
        Assert.NotEqual(ScreenKind.Attract, kiosk.Ui.Screen);
        kiosk.Wait(TimeSpan.FromSeconds(2));
        Assert.Equal(ScreenKind.Attract, kiosk.Ui.Screen);
    }

    [Fact]
    public void Touching_keeps_the_session_alive()
    {
        using var kiosk = new KioskHarness("320x240");
        Flow.ToLesson(kiosk, "en");
        for (int i = 0; i < 4; i++)
        {
            kiosk.Wait(TimeSpan.FromSeconds(60));
            kiosk.Tap(i % 2 == 0 ? TargetAction.Next : TargetAction.Back);
        }
        Assert.Equal(ScreenKind.Lesson, kiosk.Ui.Screen);
    }
}
