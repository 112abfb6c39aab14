using HarfBuzzSharp;

namespace Kiosk.Typesetting;

/// <summary>
/// Lays out one paragraph in a box: ICU BiDi levels, ICU line-break opportunities, items by
/// script and level, HarfBuzz shaping, greedy fitting by shaped width, per-line visual reordering.
/// </summary>
public sealed class TextLayout(FontSet fonts)
{
    // Slack for float sums compared with whole-pixel box edges.
    private const float Epsilon = 0.01f;
    private const int MaxFitAttempts = 8;

    private static readonly HashSet<string> RightToLeftLanguages =
        ["ar", "ur", "fa", "he", "ps", "sd", "ug", "yi", "dv", "ckb"];

    /// <summary>The paragraph direction a lesson in this language uses (Arabic and Urdu: right to left).</summary>
    public static TextDirection DirectionOf(string language)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        return RightToLeftLanguages.Contains(primary) ? TextDirection.RightToLeft : TextDirection.LeftToRight;
    }

    /// <summary>Lays out <paramref name="text"/> (one paragraph; '\n' forces a line break) in a box.</summary>
    public LaidOutText Layout(string text, string language, TextStyle style, int boxWidth, int boxHeight)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(boxWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(boxHeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(style.FontSizePx);

        var direction = DirectionOf(language);
        using var bidi = new BidiParagraph(text, direction);
        var items = ScriptItemizer.Itemize(text, bidi.Levels, fonts, style.Weight);
        var hbLanguage = new Language(language);
        var breaks = BreakOpportunities.Find(text, language);
        var fitter = new LineFitter(text, breaks,
            items.Select(item => Shaper.Shape(text, item, item.Start, item.Length, hbLanguage)), style.FontSizePx);
        var composer = new LineComposer(text, bidi, items, hbLanguage, style.FontSizePx, fonts.Primary(style.Weight));

        var lines = new List<TextLine>();
        var ink = TextBounds.Empty;
        bool overflow = false;
        float top = 0;
        int position = 0;
        while (position < text.Length)
        {
            var line = Fit(fitter, composer, position, boxWidth);
            float pitch = MathF.Max(style.LineHeight * style.FontSizePx, line.Ascent + line.Descent);
            if (top + pitch > boxHeight + Epsilon)
            {
                overflow = true;
                break;
            }
            if (line.Width > boxWidth + Epsilon || line.Ink.Width > boxWidth + Epsilon)
            {
                // Even one grapheme is wider than the box: stop rather than draw past its edges.
                overflow = true;
                break;
            }
            var placed = Place(line, text, style, direction, boxWidth, top, pitch);
            lines.Add(placed.Line);
            ink = ink.Union(placed.Ink);
            top += pitch;
            position = line.End;
        }
        return new LaidOutText(text, language, style, boxWidth, boxHeight, direction, lines, overflow, position, ink);
    }

    // Fits by the paragraph-wide advances, then checks the reshaped line: if reshaping or glyph
    // outlines overhanging their advance make it wider than the box, the line is refitted narrower.
    private static ComposedLine Fit(LineFitter fitter, LineComposer composer, int start, int boxWidth)
    {
        double available = boxWidth;
        ComposedLine line = null!;
        for (int attempt = 0; attempt < MaxFitAttempts; attempt++)
        {
            var (end, broken) = fitter.FindEnd(start, available);
            line = composer.Compose(start, end, broken);
            float excess = MathF.Max(line.Width, line.Ink.IsEmpty ? 0 : line.Ink.Width) - boxWidth;
            if (excess <= Epsilon || end <= fitter.FirstGraphemeEnd(start))
            {
                return line;
            }
            available -= excess + 0.5;
        }
        return line;
    }

    private static (TextLine Line, TextBounds Ink) Place(
        ComposedLine line, string text, TextStyle style, TextDirection direction, int boxWidth, float top, float pitch)
    {
        float x = style.Alignment == TextAlignment.Centre
            ? (boxWidth - line.Width) / 2
            : direction == TextDirection.RightToLeft ? boxWidth - line.Width : 0;
        if (!line.Ink.IsEmpty)
        {
            // Keep overhanging outlines (a leading mark, an Arabic swash) inside the box.
            x = MathF.Min(x, boxWidth - line.Ink.Right);
            x = MathF.Max(x, -line.Ink.Left);
        }
        float halfLeading = (pitch - line.Ascent - line.Descent) / 2;
        // A whole-pixel baseline keeps horizontal stems crisp; the clamp keeps outlines in the line.
        // When the pitch is exactly ascent + descent, float rounding can put the lower bound a hair
        // above the upper one, which Math.Clamp refuses; the lower bound wins then.
        float lowest = top + line.Ascent;
        float baseline = Math.Clamp(MathF.Round(top + halfLeading + line.Ascent), lowest, MathF.Max(lowest, top + pitch - line.Descent));

        var runs = new List<GlyphRun>(line.Runs.Count);
        foreach (var (glyphs, xs, ys) in line.Runs)
        {
            runs.Add(new GlyphRun(
                glyphs.Item.Face,
                style.FontSizePx,
                glyphs.Item.Script,
                glyphs.Item.IsRightToLeft,
                glyphs.Start,
                glyphs.Length,
                glyphs.GlyphIds.Select(id => (ushort)id).ToArray(),
                xs.Select(v => v + x).ToArray(),
                ys.Select(v => v + baseline).ToArray(),
                glyphs.XAdvances.Select(a => a * style.FontSizePx / glyphs.Item.Face.UnitsPerEm).ToArray(),
                glyphs.Clusters));
        }
        var placed = new TextLine(line.Start, line.End - line.Start, top, pitch, baseline, line.Width, runs, line.IsWordBroken);
        return (placed, line.Ink.IsEmpty ? TextBounds.Empty : line.Ink.Offset(x, baseline));
    }
}
