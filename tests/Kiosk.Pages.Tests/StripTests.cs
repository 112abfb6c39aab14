using Kiosk.Firmware.Rendering;
using Kiosk.Protocol.Content;

namespace Kiosk.Pages.Tests;

/// <summary>Strip height and dirty rectangles change how a frame is produced, never what it shows.</summary>
public sealed class StripTests
{
    private static readonly Lazy<(SampleBundle Sample, ContentBundle Content, int Lesson, int Quiz)> Shared = new(() =>
    {
        var sample = new SampleBundle("320x240", "th");
        int lesson = sample.AddLessonPage(SampleText.Thai, "age9to12/help");
        int quiz = sample.AddQuizPage("ควรบอกใครเมื่อรู้สึกกลัว", "ผู้ใหญ่ที่ไว้ใจ", "ไม่บอกใคร");
        sample.Finish("ไทย", lesson, []);
        return (sample, sample.Open(), lesson, quiz);
    });

    private static ushort[] Render(int stripHeight, int page, int cacheBytes = 16384)
    {
        var (sample, content, _, _) = Shared.Value;
        var (display, renderer, scene) = SampleBundle.Screen(content, sample.Profile, stripHeight, cacheBytes);
        Compose(scene, sample, page);
        renderer.Render(scene);
        return display.Frame;
    }

    private static void Compose(Scene scene, SampleBundle sample, int page)
    {
        var top = sample.Profile.TopBar;
        var bottom = sample.Profile.BottomBar;
        scene.AddRect(top.X, top.Y, top.Width, top.Height, sample.Theme.BarBackground);
        scene.AddPage(page, sample.Content.X, sample.Content.Y);
        scene.AddRect(bottom.X, bottom.Y, bottom.Width, bottom.Height, sample.Theme.BarBackground);
        scene.AddNumber(2, bottom.X + 150, bottom.Y + 34, sample.Theme.BarText, sample.Theme.BarBackground);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Strip_heights_1_8_16_and_240_give_identical_frames(int which)
    {
        var (_, _, lesson, quiz) = Shared.Value;
        int page = which == 0 ? lesson : quiz;
        var full = Render(240, page);
        Assert.Contains(full, pixel => pixel != full[0]);
        foreach (int height in new[] { 1, 8, 16 })
        {
            Assert.Equal(full, Render(height, page));
        }
    }

    [Fact]
    public void A_tiny_glyph_cache_that_evicts_constantly_still_draws_the_same_frame()
    {
        var (_, _, lesson, _) = Shared.Value;
        int minimum = 2 * (ContentFormat.MaxGlyphPixels + ContentFormat.MaxGlyphSide);
        Assert.Equal(Render(16, lesson), Render(16, lesson, minimum));
    }

    [Fact]
    public void Dirty_rectangle_redraw_equals_a_full_redraw_inside_it_and_touches_nothing_else()
    {
        var (sample, content, _, quiz) = Shared.Value;
        var (display, renderer, scene) = SampleBundle.Screen(content, sample.Profile, 16);
        Compose(scene, sample, quiz);
        renderer.Render(scene);
        var before = (ushort[])display.Frame.Clone();

        // The first answer button is pressed: the UI draws it in the pressed colour, then redraws its rectangle.
        int x = sample.Content.X + sample.Profile.Margin;
        int y = sample.Content.Y + 87;
        const int Width = 140, Height = 40;
        scene.AddRect(x, y, Width, Height, sample.Theme.Correct);
        renderer.Render(scene, x, y, Width, Height);
        var partial = display.Frame;

        var (fullDisplay, fullRenderer, fullScene) = SampleBundle.Screen(content, sample.Profile, 16);
        Compose(fullScene, sample, quiz);
        fullScene.AddRect(x, y, Width, Height, sample.Theme.Correct);
        fullRenderer.Render(fullScene);
        for (int row = 0; row < display.Height; row++)
        {
            for (int column = 0; column < display.Width; column++)
            {
                int i = (row * display.Width) + column;
                bool inside = column >= x && column < x + Width && row >= y && row < y + Height;
                Assert.Equal(inside ? fullDisplay.Frame[i] : before[i], partial[i]);
            }
        }
        Assert.NotEqual(before, partial);
    }

    [Fact]
    public void A_dirty_rectangle_partly_off_screen_is_clipped()
    {
        var (sample, content, lesson, _) = Shared.Value;
        var (display, renderer, scene) = SampleBundle.Screen(content, sample.Profile, 16);
        Compose(scene, sample, lesson);
        renderer.Render(scene, -50, 200, 100, 100);
        Assert.True(display.Writes > 0);
        for (int row = 0; row < display.Height; row++)
        {
            for (int column = 0; column < display.Width; column++)
            {
                bool inside = column < 50 && row >= 200;
                Assert.True(inside || display.At(column, row) == 0, $"({column},{row}) was written");
            }
        }
    }
}
