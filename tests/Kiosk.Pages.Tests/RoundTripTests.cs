using Kiosk.Content.Packaging;
using SkiaSharp;
using Xunit.Abstractions;

namespace Kiosk.Pages.Tests;

/// <summary>
/// Compiler encodes a page, the kiosk renderer draws it, Skia draws the same layout directly:
/// the two frames must agree. Frames are saved as PNGs (device | Skia | difference) under
/// frames/round-trip in the test output folder.
/// </summary>
public sealed class RoundTripTests(ITestOutputHelper output)
{
    // Why these bounds: coverage is stored in 16 levels, so an anti-aliased pixel can be off by
    // up to 1/30 of the text/background contrast (about 8 of 255 per channel for dark on white);
    // where the ink boxes of two clusters overlap (Arabic joins, kerned pairs) the later cluster's
    // span wins instead of both being blended, which costs more on a few pixels. Averaged over a
    // text box that stays well under 2 levels; over a whole content area (mostly flat colour and
    // exact illustration fills) under 1. Any misplaced glyph or wrong colour is far above.
    private const double MaxTextBoxDifference = 2.0;
    private const double MaxContentDifference = 1.0;

    public static TheoryData<string, string, string, string> Languages()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (language, title, text, art) in SampleText.Pages)
        {
            data.Add(language, title, text, art);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Device_frame_matches_Skia_drawing_the_same_layout(string language, string title, string text, string art)
    {
        var sample = new SampleBundle("320x240", language);
        int page = sample.AddLessonPage(text, art);
        var titleBlock = sample.Block(title, sample.Title, 220, sample.Profile.TopBar.Height - 4, sample.Theme.BarText, sample.Theme.BarBackground);
        int titleId = sample.Writer.Text.Add(titleBlock);
        sample.Finish(title, page, [("title", titleId)]);
        var content = sample.Open();
        var (display, renderer, scene) = SampleBundle.Screen(content, sample.Profile, sample.Profile.StripHeight);
        var reference = sample.Reference(page);
        scene.AddPage(page, sample.Content.X, sample.Content.Y);
        sample.AddChrome(scene, reference, titleBlock, titleId);

        renderer.Render(scene);
        using var expected = reference.Draw(display.Width, display.Height, (ushort)sample.Theme.PageBackground);
        var expectedFrame = Frames.ToFrame(expected);
        Frames.Save(Path.Combine(TestContent.OutputFolder("round-trip"), language + ".png"), display.Frame, expectedFrame, display.Width, display.Height);

        var contentArea = SKRectI.Create(sample.Content.X, sample.Content.Y, sample.Content.Width, sample.Content.Height);
        double contentDifference = Frames.MeanAbsoluteDifference(display.Frame, expectedFrame, display.Width, contentArea);
        output.WriteLine($"{language}: content area mean |difference| {contentDifference:F3}");
        Assert.True(contentDifference <= MaxContentDifference, $"content area differs by {contentDifference:F3} on average");
        foreach (var box in reference.Boxes)
        {
            double difference = Frames.MeanAbsoluteDifference(display.Frame, expectedFrame, display.Width, box);
            output.WriteLine($"  box {box}: {difference:F3}");
            Assert.True(difference <= MaxTextBoxDifference, $"box {box} differs by {difference:F3} on average");
        }
        Assert.True(Frames.MeanAbsoluteDifference(display.Frame, expectedFrame, display.Width, SKRectI.Create(0, 0, display.Width, display.Height)) <= MaxContentDifference);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_pixel_is_drawn_outside_the_page_items(string language, string title, string text, string art)
    {
        _ = title;
        var sample = new SampleBundle("320x240", language);
        int page = sample.AddLessonPage(text, art);
        sample.Finish("x", page, []);
        var content = sample.Open();
        var (display, renderer, scene) = SampleBundle.Screen(content, sample.Profile, 16);
        const ushort Marker = 0xF81F;
        scene.AddRect(0, 0, display.Width, display.Height, Marker);
        scene.AddPage(page, sample.Content.X, sample.Content.Y);
        renderer.Render(scene);

        var boxes = sample.Reference(page).Boxes;
        var area = sample.Content;
        int inked = 0;
        for (int y = 0; y < display.Height; y++)
        {
            for (int x = 0; x < display.Width; x++)
            {
                bool inContent = x >= area.X && x < area.X + area.Width && y >= area.Y && y < area.Y + area.Height;
                ushort pixel = display.At(x, y);
                if (!inContent)
                {
                    Assert.Equal(Marker, pixel);
                }
                else if (!boxes.Any(b => b.Contains(x, y)))
                {
                    Assert.True(pixel == sample.Theme.PageBackground, $"pixel ({x},{y}) outside every item box is {pixel:X4}");
                }
                else if (pixel != sample.Theme.PageBackground)
                {
                    inked++;
                }
            }
        }
        Assert.True(inked > 1000, "the page drew almost nothing");
    }
}
