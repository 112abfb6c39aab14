using SkiaSharp;

namespace Kiosk.Typesetting.Tests;

/// <summary>Inputs a content author can produce by accident.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public void EmptyTextHasNoLinesAndFits()
    {
        var laidOut = TestFonts.Layout.Layout("", "en", new TextStyle(20), 320, 240);

        Assert.Empty(laidOut.Lines);
        Assert.False(laidOut.Overflow);
        Assert.True(laidOut.InkBounds.IsEmpty);
    }

    [Fact]
    public void BlankLinesTakeSpaceButDrawNothing()
    {
        var laidOut = TestFonts.Layout.Layout("Help\n\nHelp", "en", new TextStyle(20), 320, 240);

        Assert.Equal(3, laidOut.Lines.Count);
        Assert.Empty(laidOut.Lines[1].Runs);
        Assert.True(laidOut.Lines[2].Top >= laidOut.Lines[1].Top + laidOut.Lines[1].Height);
    }

    [Fact]
    public void AGlyphWiderThanTheBoxIsReportedNotDrawn()
    {
        var laidOut = TestFonts.Layout.Layout("W", "en", new TextStyle(200), 60, 400);

        Assert.True(laidOut.Overflow);
        Assert.Empty(laidOut.Lines);
        Assert.Equal(0, laidOut.FittedLength);
        using var bitmap = TextRasterizer.Rasterize(laidOut, SKColors.White);
        Assert.DoesNotContain(bitmap.Bytes, b => b != 0xFF);
    }

    [Theory]
    [InlineData("km", "មនុស្សពេញវ័យមនុស្សពេញវ័យមនុស្សពេញវ័យ", '\u17D2')]
    [InlineData("hi", "सुरक्षाप्रश्नस्वास्थ्यसुरक्षाप्रश्नस्वास्थ्य", '\u094D')]
    public void ALastResortCutNeverFallsInsideAConjunct(string language, string text, char joiner)
    {
        // No spaces and narrow boxes force last-resort cuts; none may fall after a coeng or virama.
        int cuts = 0;
        for (int width = 24; width <= 90; width += 3)
        {
            var laidOut = TestFonts.Layout.Layout(text, language, new TextStyle(22), width, 4000);
            foreach (var line in laidOut.Lines)
            {
                int end = line.TextStart + line.TextLength;
                Assert.True(end == text.Length || text[end - 1] != joiner, $"width {width}: line ends after U+{(int)joiner:X4} at {end}");
                cuts += line.IsWordBroken ? 1 : 0;
            }
        }
        Assert.True(cuts > 10, $"only {cuts} last-resort cuts: the test does not reach the rule");
    }
}
