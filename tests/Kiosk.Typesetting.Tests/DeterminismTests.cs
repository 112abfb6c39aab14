using SkiaSharp;

namespace Kiosk.Typesetting.Tests;

/// <summary>The same text gives the same pixels, so bundles are reproducible and diffs are real.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void LayingOutAndRasterisingTwiceGivesIdenticalPixels()
    {
        using var otherFonts = FontSet.LoadDefault();
        var otherLayout = new TextLayout(otherFonts);
        foreach (var (language, text) in SampleText.KioskLanguages)
        {
            var style = new TextStyle(20, FontWeight.Regular, 0xFF000000, 1.5f, TextAlignment.Start);
            using var first = TextRasterizer.Rasterize(TestFonts.Layout.Layout(text, language, style, 320, 240), SKColors.White);
            using var second = TextRasterizer.Rasterize(otherLayout.Layout(text, language, style, 320, 240), SKColors.White);

            var firstBytes = first.Bytes;
            Assert.Contains(firstBytes, b => b != 0xFF);
            Assert.Equal(firstBytes, second.Bytes);
        }
    }
}
