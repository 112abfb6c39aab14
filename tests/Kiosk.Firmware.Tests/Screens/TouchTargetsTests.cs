using Kiosk.Firmware.Screens;

namespace Kiosk.Firmware.Tests.Screens;

public sealed class TouchTargetsTests
{
    [Fact]
    public void A_small_button_gets_a_hit_box_of_the_minimum_size_kept_on_screen()
    {
        var targets = new TouchTargets();
        // A 40x38 help button in the top-right corner of a 320x240 screen.
        targets.Add(TargetAction.Help, 0, 272, 3, 40, 38, 51, 320, 240);

        Assert.Equal(51, targets.HitWidth(0));
        Assert.Equal(51, targets.HitHeight(0));
        Assert.Equal(0, targets.HitY(0));
        Assert.True(targets.HitX(0) + targets.HitWidth(0) <= 320);
        Assert.Equal(0, targets.Find(317, 50));
        Assert.Equal(-1, targets.Find(260, 20));
    }

    [Fact]
    public void The_first_target_added_wins_where_two_overlap()
    {
        var targets = new TouchTargets();
        targets.Add(TargetAction.Help, 0, 250, 0, 70, 44, 51, 320, 240);
        targets.Add(TargetAction.Start, 0, 0, 0, 320, 240, 51, 320, 240);

        Assert.Equal(TargetAction.Help, targets.Action(targets.Find(300, 20)));
        Assert.Equal(TargetAction.Start, targets.Action(targets.Find(100, 100)));
        Assert.Equal(1, targets.IndexOf(TargetAction.Start, -1));
    }
}
