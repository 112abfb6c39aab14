using SkiaSharp;

namespace Kiosk.Typesetting.Tests;

/// <summary>UAX #9 per line: right-to-left paragraphs keep numbers and Latin words left to right.</summary>
public sealed class BidiOrderTests
{
    private const string Text = SampleText.ArabicWithNumberAndLatin;

    [Fact]
    public void NumbersAndLatinKeepTheirOrderInsideArabic()
    {
        var laidOut = TestFonts.Layout.Layout(Text, "ar", new TextStyle(24), 2000, 200);
        Assert.Equal(TextDirection.RightToLeft, laidOut.Direction);
        var line = Assert.Single(laidOut.Lines);

        var number = RunCovering(line, Text.IndexOf("2024", StringComparison.Ordinal));
        var latin = RunCovering(line, Text.IndexOf("WiFi", StringComparison.Ordinal));
        Assert.False(number.IsRightToLeft);
        Assert.False(latin.IsRightToLeft);
        AssertReadsLeftToRight(number, Text.IndexOf("2024", StringComparison.Ordinal), 4);
        AssertReadsLeftToRight(latin, Text.IndexOf("WiFi", StringComparison.Ordinal), 4);

        // Logical order in a right-to-left line runs from right to left: the word before the number
        // is to its right, the number is to the right of the later Latin word.
        var wordBefore = RunCovering(line, Text.IndexOf("عام", StringComparison.Ordinal));
        Assert.True(wordBefore.IsRightToLeft);
        Assert.True(XOf(wordBefore, Text.IndexOf("عام", StringComparison.Ordinal)) > number.X.Max());
        Assert.True(number.X.Min() > latin.X.Max());
        // Runs are listed left to right.
        Assert.Equal(line.Runs.Select(r => r.X.Min()).Order().ToArray(), line.Runs.Select(r => r.X.Min()).ToArray());
    }

    [Fact]
    public void ArabicLettersJoin()
    {
        var laidOut = TestFonts.Layout.Layout(SampleText.Arabic, "ar", new TextStyle(24), 4000, 200);
        var run = laidOut.Lines[0].Runs.First(r => r.Script == "Arab" && r.IsRightToLeft);
        // Read the font's cmap independently (through Skia): a joined letter is drawn with a
        // contextual form, not with the isolated glyph the cmap maps it to.
        using var typeface = SKTypeface.FromFile(run.Face.FilePath);
        using var font = new SKFont(typeface, 24);
        int contextual = 0;
        for (int g = 0; g < run.GlyphIds.Length; g++)
        {
            char c = SampleText.Arabic[run.Clusters[g]];
            if (c >= '\u0620' && c <= '\u064A' && font.GetGlyph(c) != run.GlyphIds[g])
            {
                contextual++;
            }
        }
        Assert.True(contextual > 10, $"only {contextual} Arabic letters took a joining form");
    }

    private static GlyphRun RunCovering(TextLine line, int index) =>
        line.Runs.Single(r => index >= r.TextStart && index < r.TextStart + r.TextLength);

    private static float XOf(GlyphRun run, int cluster) => run.X[Array.IndexOf(run.Clusters, cluster)];

    private static void AssertReadsLeftToRight(GlyphRun run, int start, int length)
    {
        float previous = float.NegativeInfinity;
        for (int i = start; i < start + length; i++)
        {
            float x = XOf(run, i);
            Assert.True(x > previous, $"character {i} ('{Text[i]}') is not right of the one before");
            previous = x;
        }
    }
}
