using Kiosk.Firmware.Screens;
using Kiosk.Simulator.Tests.Fixtures;

namespace Kiosk.Simulator.Tests;

public sealed class AllocationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("320x240")]
    [InlineData("480x320")]
    public void Frames_allocate_nothing(string profile)
    {
        using var kiosk = new KioskHarness(profile);
        Flow.ToLesson(kiosk, "th");
        var ui = kiosk.Ui;
        ui.Redraw();
        ui.Tick();

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            ui.Tick();
        }
        long idle = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        ui.Redraw();
        long redraw = GC.GetAllocatedBytesForCurrentThread() - before;

        int next = ui.Targets.IndexOf(TargetAction.Next, -1);
        int back = ui.Targets.IndexOf(TargetAction.Back, -1);
        (int X, int Y) nextAt = (ui.Targets.CentreX(next), ui.Targets.CentreY(next));
        (int X, int Y) backAt = (ui.Targets.CentreX(back), ui.Targets.CentreY(back));
        before = GC.GetAllocatedBytesForCurrentThread();
        ui.HandleTouch(true, nextAt.X, nextAt.Y);
        ui.Tick();
        ui.HandleTouch(false, nextAt.X, nextAt.Y);
        ui.Tick();
        ui.HandleTouch(true, backAt.X, backAt.Y);
        ui.Tick();
        ui.HandleTouch(false, backAt.X, backAt.Y);
        ui.Tick();
        long pageTurns = GC.GetAllocatedBytesForCurrentThread() - before;

        output.WriteLine($"{profile}: 100 idle ticks {idle} B, full redraw {redraw} B, two page turns {pageTurns} B.");
        Assert.Equal(0, idle);
        Assert.Equal(0, redraw);
        Assert.Equal(0, pageTurns);
        Assert.Equal(0, ui.Session.Page);
    }
}
