using SkiaSharp;

namespace Kiosk.Typesetting.Tests;

/// <summary>Nothing is drawn outside the text box, and text that does not fit is reported, not drawn.</summary>
public sealed class ContainmentTests
{
    private const int Margin = 40;
    private static readonly SKColor Background = SKColors.White;

    public static TheoryData<string, string, int, int, FontWeight, TextAlignment> Paragraphs()
    {
        var data = new TheoryData<string, string, int, int, FontWeight, TextAlignment>();
        foreach (var (language, text) in SampleText.KioskLanguages)
        {
            data.Add(language, text, 300, 400, FontWeight.Regular, TextAlignment.Start);
            data.Add(language, text, 150, 400, FontWeight.Bold, TextAlignment.Centre);
            // Too short: must report overflow and draw only whole lines.
            data.Add(language, text, 200, 60, FontWeight.Regular, TextAlignment.Start);
        }
        data.Add("ur", SampleText.Urdu, 180, 400, FontWeight.Bold, TextAlignment.Start);
        data.Add("ar", SampleText.ArabicWithNumberAndLatin, 120, 400, FontWeight.Regular, TextAlignment.Centre);
        return data;
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void NoPixelOutsideTheBox(string language, string text, int width, int height, FontWeight weight, TextAlignment alignment)
    {
        var style = new TextStyle(22, weight, 0xFF102040, 1.5f, alignment);
        var laidOut = TestFonts.Layout.Layout(text, language, style, width, height);

        using var canvasBitmap = new SKBitmap(new SKImageInfo(width + 2 * Margin, height + 2 * Margin, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(canvasBitmap))
        {
            canvas.Clear(Background);
            TextRasterizer.Draw(canvas, laidOut, Margin, Margin);
        }

        int inside = 0;
        for (int y = 0; y < canvasBitmap.Height; y++)
        {
            for (int x = 0; x < canvasBitmap.Width; x++)
            {
                if (canvasBitmap.GetPixel(x, y) == Background)
                {
                    continue;
                }
                bool inBox = x >= Margin && x < Margin + width && y >= Margin && y < Margin + height;
                Assert.True(inBox, $"{language}: pixel ({x - Margin}, {y - Margin}) drawn outside the {width}x{height} box");
                inside++;
            }
        }
        Assert.True(inside > 500, $"{language}: only {inside} pixels of text drawn");

        Assert.InRange(laidOut.InkBounds.Left, 0, width);
        Assert.InRange(laidOut.InkBounds.Right, 0, width);
        Assert.InRange(laidOut.InkBounds.Top, 0, height);
        Assert.InRange(laidOut.InkBounds.Bottom, 0, height);
        Assert.All(laidOut.Lines, line => Assert.True(line.Top + line.Height <= height + 0.01f));
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void OverflowIsReportedExactlyWhenTextIsLeftOut(string language, string text, int width, int height, FontWeight weight, TextAlignment alignment)
    {
        var style = new TextStyle(22, weight, 0xFF000000, 1.5f, alignment);
        var laidOut = TestFonts.Layout.Layout(text, language, style, width, height);

        Assert.Equal(laidOut.FittedLength < text.Length, laidOut.Overflow);
        var last = laidOut.Lines[^1];
        Assert.Equal(laidOut.FittedLength, last.TextStart + last.TextLength);
        if (laidOut.Overflow)
        {
            // The same text with room for one more line shows more of it.
            var taller = TestFonts.Layout.Layout(text, language, style, width, height + (int)MathF.Ceiling(last.Height * 2));
            Assert.True(taller.FittedLength > laidOut.FittedLength);
        }
    }

    [Fact]
    public void ShortBoxesOverflow()
    {
        var laidOut = TestFonts.Layout.Layout(SampleText.Hindi, "hi", new TextStyle(22), 200, 60);

        Assert.True(laidOut.Overflow);
        Assert.InRange(laidOut.Lines.Count, 1, 2);
        Assert.True(laidOut.FittedLength < SampleText.Hindi.Length);
    }
}
