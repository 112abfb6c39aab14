namespace Kiosk.Pages.Tests;

/// <summary>The display profiles are consistent: bars and content tile the screen, touch targets are 9 mm.</summary>
public sealed class ProfileTests
{
    [Theory]
    [InlineData("320x240", 320, 240, 2.8, 16)]
    [InlineData("480x320", 480, 320, 3.5, 32)]
    public void Profiles_tile_the_screen_and_state_a_9mm_touch_target(string id, int width, int height, double inches, int strip)
    {
        var profile = TestContent.Profile(id);
        Assert.Equal((id, width, height, strip), (profile.Id, profile.Width, profile.Height, profile.StripHeight));
        double dotsPerMm = Math.Sqrt((width * width) + (height * height)) / inches / 25.4;
        Assert.Equal((int)Math.Ceiling(9 * dotsPerMm), profile.MinTouchTargetPx);
        Assert.Equal(0, profile.TopBar.Y);
        Assert.Equal(profile.TopBar.Height, profile.Content.Y);
        Assert.Equal(profile.Content.Y + profile.Content.Height, profile.BottomBar.Y);
        Assert.Equal(height, profile.BottomBar.Y + profile.BottomBar.Height);
        Assert.True(profile.BottomBar.Height >= profile.MinTouchTargetPx);
        Assert.True(profile.TopBar.Height + profile.Margin >= profile.MinTouchTargetPx, "the help button's touch area reaches 9 mm with the margin");
        // The strip buffer of a no-PSRAM board stays a small part of the 48 KB render budget.
        Assert.True(width * strip * 2 <= 32 * 1024);
    }
}
