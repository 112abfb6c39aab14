namespace Kiosk.Typesetting.Tests;

/// <summary>
/// Every glyph run the layout produces must be exactly what HarfBuzz's own hb-shape tool gives for
/// the same font, text, context, direction, script and language.
/// </summary>
public sealed class ShapingTests
{
    private const float FontSize = 40;

    public static TheoryData<string, string> Cases => new()
    {
        { "th", "ผู้ใหญ่ที่เธอไว้ใจจะช่วยเธอเสมอ ถ้ารู้สึกไม่ปลอดภัยให้บอกครูทันที" },
        { "hi", "अपनी सुरक्षा के लिए शर्म छोड़ो, किसी भरोसेमंद बड़े से बात करो। प्राइवेसी ज़रूरी है।" },
        { "km", "សូមប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត បើអ្នកភ័យខ្លាច។" },
        { "ar", SampleText.Arabic },
        { "ur", SampleText.Urdu },
        { "ar", SampleText.ArabicWithNumberAndLatin },
        { "en", SampleText.English },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void GlyphsMatchHbShape(string language, string text)
    {
        var laidOut = TestFonts.Layout.Layout(text, language, new TextStyle(FontSize), 8000, 1000);
        var line = Assert.Single(laidOut.Lines);
        Assert.NotEmpty(line.Runs);
        int glyphsCompared = 0;
        foreach (var run in line.Runs)
        {
            var runText = text.Substring(run.TextStart, run.TextLength);
            var expected = HbShapeTool.Shape(
                run.Face.FilePath, runText, text[..run.TextStart], text[(run.TextStart + run.TextLength)..],
                run.IsRightToLeft, run.Script, language);
            AssertSameGlyphs(run, expected, line.Baseline, HbShapeTool.CodePointToUtf16(runText));
            glyphsCompared += expected.Count;
        }
        Assert.True(glyphsCompared >= text.Length / 2, $"only {glyphsCompared} glyphs compared");
    }

    private static void AssertSameGlyphs(GlyphRun run, IReadOnlyList<HbShapeGlyph> expected, float baseline, int[] clusterMap)
    {
        float scale = run.FontSizePx / run.Face.UnitsPerEm;
        Assert.Equal(expected.Select(g => g.Glyph).ToArray(), run.GlyphIds.Select(g => (int)g).ToArray());
        Assert.Equal(expected.Select(g => run.TextStart + clusterMap[g.Cluster]).ToArray(), run.Clusters);
        // Recover the run's pen start from its first glyph, then walk HarfBuzz's advances.
        float pen = run.X[0] - expected[0].XOffset * scale;
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(0, expected[i].YAdvance);
            Assert.Equal(expected[i].XAdvance * scale, run.Advances[i], 2);
            Assert.Equal(pen + expected[i].XOffset * scale, run.X[i], 2);
            Assert.Equal(baseline - expected[i].YOffset * scale, run.Y[i], 2);
            pen += expected[i].XAdvance * scale;
        }
    }
}
