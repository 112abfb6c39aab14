using Kiosk.Firmware.Screens;
using Kiosk.Simulator.Tests.Fixtures;
using Kiosk.Simulator.Visitors;

namespace Kiosk.Simulator.Tests;

public sealed class HelpTests
{
    private static readonly ScreenKind[] VisitorScreens =
    [
        ScreenKind.Attract, ScreenKind.Language, ScreenKind.Role, ScreenKind.AgeBand, ScreenKind.Modules,
        ScreenKind.Lesson, ScreenKind.Question, ScreenKind.Feedback, ScreenKind.Completion,
    ];

    [Theory]
    [InlineData("320x240")]
    [InlineData("480x320")]
    public void Help_is_one_tap_from_every_screen_and_back_returns(string profile)
    {
        using var kiosk = new KioskHarness(profile);
        var visitor = new ScriptedVisitor(kiosk.Ui) { CheckHelp = true };
        var helpFrom = new HashSet<ScreenKind>();
        var returned = new HashSet<ScreenKind>();
        ScreenKind cameFrom = ScreenKind.Attract;
        int minTarget = kiosk.Ui.Languages[0].Layout.MinTarget;

        while (visitor.ModulesCompleted < 2 && visitor.NextTap(out int x, out int y))
        {
            var before = kiosk.Ui.Screen;
            int target = kiosk.Ui.Targets.Find(x, y);
            var action = kiosk.Ui.Targets.Action(target);
            kiosk.TapAt(x, y);
            if (action == TargetAction.Help)
            {
                Assert.Equal(ScreenKind.Help, kiosk.Ui.Screen);
                Assert.True(kiosk.Ui.Targets.HitWidth(target) >= minTarget && kiosk.Ui.Targets.HitHeight(target) >= minTarget);
                helpFrom.Add(before);
                cameFrom = before;
            }
            else if (before == ScreenKind.Help)
            {
                Assert.Equal(cameFrom, kiosk.Ui.Screen);
                returned.Add(cameFrom);
            }
        }

        Assert.Equal(VisitorScreens.Order(), helpFrom.Order());
        Assert.Equal(VisitorScreens.Order(), returned.Order());
    }
}
