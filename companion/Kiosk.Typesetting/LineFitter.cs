namespace Kiosk.Typesetting;

/// <summary>
/// Greedy line fitting: the longest run of text up to a break opportunity whose shaped advance
/// fits the width. Widths come from shaping each item once over the whole paragraph; a word wider
/// than the line is cut at a grapheme-cluster boundary, and only then.
/// </summary>
internal sealed class LineFitter
{
    private readonly string text;
    private readonly BreakOpportunities breaks;
    private readonly double[] prefixWidth;

    public LineFitter(string text, BreakOpportunities breaks, IEnumerable<ShapedGlyphs> shapedItems, float fontSizePx)
    {
        this.text = text;
        this.breaks = breaks;
        // Each glyph's advance is charged to the first code unit of its cluster.
        var advance = new double[text.Length];
        foreach (var shaped in shapedItems)
        {
            double scale = fontSizePx / (double)shaped.Item.Face.UnitsPerEm;
            for (int g = 0; g < shaped.GlyphIds.Length; g++)
            {
                advance[shaped.Clusters[g]] += shaped.XAdvances[g] * scale;
            }
        }
        prefixWidth = new double[text.Length + 1];
        for (int i = 0; i < text.Length; i++)
        {
            prefixWidth[i + 1] = prefixWidth[i] + advance[i];
        }
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends, and whether a word was cut.</summary>
    public (int End, bool IsWordBroken) FindEnd(int start, double available)
    {
        int best = -1;
        int firstBreak = -1;
        for (int b = 0; b < breaks.LineBreaks.Length; b++)
        {
            int at = breaks.LineBreaks[b];
            if (at <= start)
            {
                continue;
            }
            firstBreak = firstBreak < 0 ? at : firstBreak;
            if (VisibleWidth(start, at) > available)
            {
                break;
            }
            best = at;
            if (breaks.IsHard[b])
            {
                break;
            }
        }
        if (best > 0)
        {
            return (best, false);
        }
        if (firstBreak < 0)
        {
            firstBreak = text.Length;
        }
        return CutWord(start, firstBreak, available);
    }

    /// <summary>End of the first grapheme cluster after <paramref name="start"/>: no line is shorter.</summary>
    public int FirstGraphemeEnd(int start)
    {
        foreach (var g in breaks.Graphemes)
        {
            if (g > start)
            {
                return g;
            }
        }
        return text.Length;
    }

    private (int End, bool IsWordBroken) CutWord(int start, int wordEnd, double available)
    {
        int end = FirstGraphemeEnd(start);
        foreach (var g in breaks.Graphemes)
        {
            if (g > end && g < wordEnd && VisibleWidth(start, g) <= available)
            {
                end = g;
            }
        }
        return (end, end < wordEnd);
    }

    private double VisibleWidth(int start, int end) =>
        prefixWidth[LineComposer.TrimTrailingWhitespace(text, start, end)] - prefixWidth[start];
}
