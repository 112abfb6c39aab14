using Icu;

namespace Kiosk.Typesetting.Tests;

/// <summary>Lines end only where a word ends, even in Thai and Khmer, which put no spaces between words.</summary>
public sealed class LineBreakTests
{
    private const int NarrowBox = 140;

    public static TheoryData<string, string> UnspacedScripts => new()
    {
        { "th", SampleText.Thai + " " + SampleText.Thai },
        { "km", SampleText.Khmer + " " + SampleText.Khmer },
    };

    [Theory]
    [MemberData(nameof(UnspacedScripts))]
    public void EveryLineEndsAtAWordBoundary(string language, string text)
    {
        var laidOut = TestFonts.Layout.Layout(text, language, new TextStyle(18), NarrowBox, 10_000);

        Assert.False(laidOut.Overflow);
        Assert.Equal(text.Length, laidOut.FittedLength);
        Assert.True(laidOut.Lines.Count >= 8, $"only {laidOut.Lines.Count} lines: the box is not narrow enough to test");
        var wordBoundaries = WordBoundaries(language, text);
        int expectedStart = 0;
        foreach (var line in laidOut.Lines)
        {
            Assert.Equal(expectedStart, line.TextStart);
            Assert.False(line.IsWordBroken);
            Assert.True(line.Width <= NarrowBox, $"line at {line.TextStart} is {line.Width} px wide");
            int end = line.TextStart + line.TextLength;
            Assert.Contains(end, wordBoundaries);
            expectedStart = end;
        }
    }

    [Fact]
    public void AWordWiderThanTheBoxIsCutBetweenGraphemes()
    {
        const string text = "Passwords like Sup3rSecretPasswordThatNobodyCanGuess2024 keep accounts safe.";
        var laidOut = TestFonts.Layout.Layout(text, "en", new TextStyle(20), 150, 10_000);

        Assert.True(laidOut.HasBrokenWord);
        Assert.False(laidOut.Overflow);
        using var characters = BreakIterator.CreateCharacterInstance(new Locale("en"));
        characters.SetText(text);
        foreach (var line in laidOut.Lines)
        {
            Assert.True(line.Width <= 150, $"line at {line.TextStart} is {line.Width} px wide");
            Assert.True(characters.IsBoundary(line.TextStart + line.TextLength));
        }
        // Only the long word is cut; the others stay whole.
        var brokenLines = laidOut.Lines.Where(l => l.IsWordBroken).ToList();
        Assert.NotEmpty(brokenLines);
        int wordStart = text.IndexOf("Sup3r", StringComparison.Ordinal);
        int wordEnd = text.IndexOf(" keep", StringComparison.Ordinal);
        Assert.All(brokenLines, l => Assert.InRange(l.TextStart + l.TextLength, wordStart + 1, wordEnd - 1));
    }

    [Fact]
    public void ANewlineForcesALineBreak()
    {
        const string text = "Stop.\nTell an adult.";
        var laidOut = TestFonts.Layout.Layout(text, "en", new TextStyle(20), 300, 200);

        Assert.Equal(2, laidOut.Lines.Count);
        Assert.Equal("Stop.\n", text.Substring(laidOut.Lines[0].TextStart, laidOut.Lines[0].TextLength));
    }

    private static HashSet<int> WordBoundaries(string language, string text)
    {
        // ICU's word iterator, independent of the line iterator the layout uses.
        using var words = BreakIterator.CreateWordInstance(new Locale(language));
        words.SetText(text);
        var boundaries = new HashSet<int> { 0 };
        for (int at = words.MoveNext(); at != BreakIterator.DONE; at = words.MoveNext())
        {
            boundaries.Add(at);
        }
        return boundaries;
    }
}
