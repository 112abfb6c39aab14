using Kiosk.Firmware.Input;
using Kiosk.Firmware.Platform;

namespace Kiosk.Hardware.Tests.Input;

public class TouchDebouncerTests
{
    [Fact]
    public void A_press_is_reported_only_after_enough_polls_in_a_row()
    {
        var debouncer = new TouchDebouncer(pressPolls: 2, releasePolls: 2, jitterPixels: 3);
        var sample = new TouchSample();

        Assert.False(debouncer.Update(true, 50, 60, sample));
        Assert.False(sample.Pressed);
        Assert.True(debouncer.Update(true, 51, 60, sample));
        Assert.True(sample.Pressed);
        Assert.Equal(51, sample.X);
        Assert.Equal(60, sample.Y);
    }

    [Fact]
    public void A_single_pressed_poll_between_releases_is_ignored()
    {
        var debouncer = new TouchDebouncer(2, 2, 3);
        var sample = new TouchSample();

        Assert.False(debouncer.Update(true, 50, 60, sample));
        Assert.False(debouncer.Update(false, 0, 0, sample));
        Assert.False(debouncer.Update(true, 50, 60, sample));
        Assert.False(sample.Pressed);
    }

    [Fact]
    public void A_dropped_frame_during_a_press_does_not_release_it()
    {
        var debouncer = new TouchDebouncer(1, 2, 3);
        var sample = new TouchSample();

        Assert.True(debouncer.Update(true, 10, 10, sample));
        Assert.False(debouncer.Update(false, 0, 0, sample));
        Assert.False(debouncer.Update(true, 10, 10, sample));
        Assert.True(sample.Pressed);
    }

    [Fact]
    public void Release_is_reported_at_the_last_steady_position()
    {
        var debouncer = new TouchDebouncer(1, 2, 3);
        var sample = new TouchSample();

        debouncer.Update(true, 100, 200, sample);
        Assert.False(debouncer.Update(false, 0, 0, sample));
        Assert.True(debouncer.Update(false, 0, 0, sample));
        Assert.False(sample.Pressed);
        Assert.Equal(100, sample.X);
        Assert.Equal(200, sample.Y);
    }

    [Fact]
    public void Movement_within_the_jitter_allowance_is_not_news_but_beyond_it_is()
    {
        var debouncer = new TouchDebouncer(1, 1, 3);
        var sample = new TouchSample();

        debouncer.Update(true, 100, 100, sample);
        Assert.False(debouncer.Update(true, 103, 97, sample));
        Assert.Equal(100, sample.X);
        Assert.True(debouncer.Update(true, 104, 100, sample));
        Assert.Equal(104, sample.X);
    }

    [Fact]
    public void Nothing_is_reported_while_idle()
    {
        var debouncer = new TouchDebouncer(1, 1, 0);
        var sample = new TouchSample { X = 7, Y = 8 };

        for (int i = 0; i < 5; i++)
        {
            Assert.False(debouncer.Update(false, 1, 2, sample));
        }

        Assert.Equal(7, sample.X);
        Assert.False(sample.Pressed);
    }

    [Fact]
    public void Pipeline_maps_before_debouncing()
    {
        var calibration = new TouchCalibration { RawLeft = 0, RawRight = 4000, RawTop = 0, RawBottom = 4000 };
        var pipeline = new TouchPipeline(
            new TouchMapper(calibration, 241, 321, ScreenRotation.Clockwise90),
            new TouchDebouncer(1, 1, 0));
        var sample = new TouchSample();

        // Raw (2000, 1000) is native column 120, row 80; a quarter turn clockwise puts it at x = 320 - 80.
        Assert.True(pipeline.Feed(true, 2000, 1000, sample));
        Assert.Equal(240, sample.X);
        Assert.Equal(120, sample.Y);
        Assert.True(pipeline.Feed(false, 0, 0, sample));
        Assert.False(sample.Pressed);

        // The raw reading of the press is kept for hand calibration; a release does not erase it.
        Assert.Equal(2000, pipeline.LastRawX);
        Assert.Equal(1000, pipeline.LastRawY);
    }
}
