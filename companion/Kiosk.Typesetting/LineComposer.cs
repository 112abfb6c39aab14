using HarfBuzzSharp;

namespace Kiosk.Typesetting;

/// <summary>
/// Turns a logical range of the paragraph into a ComposedLine: reshapes the pieces of each item
/// that fall in the line (so a break never leaves a glyph shaped for a neighbour on another line),
/// orders them visually with ICU, and measures advance width and outline bounds.
/// </summary>
internal sealed class LineComposer(string text, BidiParagraph bidi, IReadOnlyList<TextItem> items, Language language, float fontSizePx, FontFace fallback)
{
    public ComposedLine Compose(int start, int end, bool isWordBroken)
    {
        int visibleEnd = TrimTrailingWhitespace(text, start, end);
        var runs = new List<(ShapedGlyphs, float[], float[])>();
        float pen = 0;
        var ink = TextBounds.Empty;
        float ascent = 0, descent = 0;
        foreach (var (runStart, runLength, rightToLeft) in bidi.VisualRuns(start, visibleEnd))
        {
            var pieces = PiecesOf(runStart, runStart + runLength);
            if (rightToLeft)
            {
                pieces.Reverse();
            }
            foreach (var (item, pieceStart, pieceLength) in pieces)
            {
                var shaped = Shaper.Shape(text, item, pieceStart, pieceLength, language);
                float scale = fontSizePx / item.Face.UnitsPerEm;
                var xs = new float[shaped.GlyphIds.Length];
                var ys = new float[shaped.GlyphIds.Length];
                for (int g = 0; g < xs.Length; g++)
                {
                    xs[g] = pen + shaped.XOffsets[g] * scale;
                    ys[g] = -shaped.YOffsets[g] * scale;
                    pen += shaped.XAdvances[g] * scale;
                    var glyphInk = item.Face.GlyphInkUnits(shaped.GlyphIds[g]);
                    if (!glyphInk.IsEmpty)
                    {
                        ink = ink.Union(new TextBounds(
                            glyphInk.Left * scale + xs[g], glyphInk.Top * scale + ys[g],
                            glyphInk.Right * scale + xs[g], glyphInk.Bottom * scale + ys[g]));
                    }
                }
                ascent = MathF.Max(ascent, item.Face.AscenderUnits * scale);
                descent = MathF.Max(descent, item.Face.DescenderUnits * scale);
                runs.Add((shaped, xs, ys));
            }
        }
        if (runs.Count == 0)
        {
            float scale = fontSizePx / fallback.UnitsPerEm;
            ascent = fallback.AscenderUnits * scale;
            descent = fallback.DescenderUnits * scale;
        }
        // Stacked marks can rise above the font's ascender; the line makes room for them.
        ascent = MathF.Max(ascent, -ink.Top);
        descent = MathF.Max(descent, ink.Bottom);
        return new ComposedLine(start, end, runs, pen, ink, ascent, descent, isWordBroken);
    }

    public static int TrimTrailingWhitespace(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private List<(TextItem Item, int Start, int Length)> PiecesOf(int start, int end)
    {
        var pieces = new List<(TextItem, int, int)>();
        foreach (var item in items)
        {
            int from = Math.Max(start, item.Start);
            int to = Math.Min(end, item.End);
            if (to > from)
            {
                pieces.Add((item, from, to - from));
            }
        }
        return pieces;
    }
}
