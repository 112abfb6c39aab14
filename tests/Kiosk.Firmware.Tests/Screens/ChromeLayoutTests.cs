using Kiosk.Firmware.Screens;
using Kiosk.Protocol.Content;

namespace Kiosk.Firmware.Tests.Screens;

public sealed class ChromeLayoutTests
{
    // The 320x240 profile (hardware/profiles/320x240.json).
    private static DisplayGeometry Small() => new()
    {
        ProfileId = "320x240",
        Width = 320,
        Height = 240,
        TopBar = new ScreenRect(0, 0, 320, 44),
        Content = new ScreenRect(0, 44, 320, 144),
        BottomBar = new ScreenRect(0, 188, 320, 52),
        StripHeight = 16,
        MinTouchTarget = 51,
        Margin = 8,
    };

    [Fact]
    public void Right_to_left_swaps_the_ends_of_the_bars()
    {
        var ltr = new ChromeLayout(Small(), false);
        var rtl = new ChromeLayout(Small(), true);

        Assert.Equal(8, ltr.Leading(60));
        Assert.Equal(320 - 8 - 60, ltr.Trailing(60));
        Assert.Equal(ltr.Trailing(60), rtl.Leading(60));
        Assert.Equal(ltr.Leading(60), rtl.Trailing(60));
    }

    [Fact]
    public void Right_to_left_grids_start_in_the_right_column_and_keep_rows()
    {
        var ltr = new ChromeLayout(Small(), false);
        var rtl = new ChromeLayout(Small(), true);
        for (int slot = 0; slot < ltr.GridCapacity; slot++)
        {
            ltr.Cell(slot, out int x, out int y, out int width, out int height);
            rtl.Cell(slot, out int mx, out int my, out int mwidth, out int mheight);
            Assert.Equal(320 - x - width, mx);
            Assert.Equal((y, width, height), (my, mwidth, mheight));
        }

        rtl.Cell(0, out int first, out _, out _, out _);
        rtl.Cell(1, out int second, out _, out _, out _);
        Assert.True(first > second, "the first cell of a right-to-left grid is on the right");
    }

    [Fact]
    public void Answers_mirror_and_keep_the_compilers_rows()
    {
        var ltr = new ChromeLayout(Small(), false);
        var rtl = new ChromeLayout(Small(), true);
        for (int i = 0; i < 3; i++)
        {
            ltr.Answer(i, 3, out int x, out int y, out int width, out int height);
            rtl.Answer(i, 3, out int mx, out int my, out _, out _);
            Assert.Equal(320 - x - width, mx);
            Assert.Equal(y, my);
            Assert.Equal(51, height);
        }

        // Three answers: two in the first row, the third spans the second row, which ends a margin above the screen's bottom.
        ltr.Answer(2, 3, out int lastX, out int lastY, out int lastWidth, out int lastHeight);
        Assert.Equal((8, 320 - 16), (lastX, lastWidth));
        Assert.Equal(240 - 8, lastY + lastHeight);
    }

    [Fact]
    public void Grid_cells_and_pin_keys_are_at_least_the_minimum_target()
    {
        var layout = new ChromeLayout(Small(), false);
        for (int slot = 0; slot < layout.GridCapacity; slot++)
        {
            layout.Cell(slot, out _, out int y, out int width, out int height);
            Assert.True(width >= 51 && height >= 51, $"cell {slot} is {width}x{height}");
            Assert.True(y >= 44 && y + height <= 188, "cells stay in the content area");
        }

        for (int digit = 0; digit < 10; digit++)
        {
            layout.PinKey(digit, out int x, out int y, out int side);
            Assert.True(side >= 51);
            Assert.True(x >= 0 && x + side <= 320 && y >= 44 && y + side <= 188, $"key {digit} at ({x},{y})");
        }
    }
}
