using Kiosk.Firmware.Screens;
using Kiosk.Simulator.Devices;
using Kiosk.Simulator.Tests.Fixtures;

namespace Kiosk.Simulator.Tests;

/// <summary>
/// The screens and renderer alone, on bundles held in memory: the simulator's folder file
/// system opens a file for every section read, which would hide what the core itself allocates.
/// </summary>
[Collection(AllocationMeasurement.Name)]
public sealed class AllocationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("320x240")]
    [InlineData("480x320")]
    public void Frames_allocate_nothing(string profile)
    {
        var bundles = SampleContent.Open(profile);
        var (width, height) = Hosting.VirtualKiosk.ScreenSize(profile);
        var display = new FrameBufferDisplay(width, height);
        var clock = SimulatedClock.Manual(new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc));
        var ui = new KioskUi(display, clock, null, null);
        ui.SetContent(bundles);
        ui.Tick();
        Tap(ui, TargetAction.Start, -1);
        Tap(ui, TargetAction.Language, Array.FindIndex(ui.Languages, v => v.Language == "th"));
        Tap(ui, TargetAction.Role, 0);
        Tap(ui, TargetAction.Age, 2);
        Tap(ui, TargetAction.Module, 0);
        Assert.Equal(ScreenKind.Lesson, ui.Screen);
        ui.Redraw();
        for (int i = 0; i < 3; i++)
        {
            TurnPages(ui);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            ui.Tick();
        }
        long idle = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        ui.Redraw();
        long redraw = GC.GetAllocatedBytesForCurrentThread() - before;

        display.ResetCounters();
        before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            TurnPages(ui);
        }
        long pageTurns = GC.GetAllocatedBytesForCurrentThread() - before;

        output.WriteLine($"{profile}: 100 idle ticks {idle} B, full redraw {redraw} B, ten times next and back {pageTurns} B ({display.PixelsWritten / 20} px written per page turn, screen {width * height} px).");
        Assert.Equal(0, idle);
        Assert.Equal(0, redraw);
        Assert.Equal(0, pageTurns);
        Assert.Equal(0, ui.Session.Page);
    }

    // Next, then back: two page turns with their button presses.
    private static void TurnPages(KioskUi ui)
    {
        Tap(ui, TargetAction.Next, -1);
        Tap(ui, TargetAction.Back, -1);
    }

    private static void Tap(KioskUi ui, TargetAction action, int argument)
    {
        int target = ui.Targets.IndexOf(action, argument);
        if (target < 0)
        {
            // Built only on failure: an interpolated message would itself be an allocation.
            Assert.Fail($"no {action} on {ui.Screen}");
        }

        int x = ui.Targets.CentreX(target);
        int y = ui.Targets.CentreY(target);
        ui.HandleTouch(true, x, y);
        ui.Tick();
        ui.HandleTouch(false, x, y);
        ui.Tick();
    }
}
