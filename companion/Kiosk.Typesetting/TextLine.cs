namespace Kiosk.Typesetting;

/// <summary>One laid-out line.</summary>
/// <param name="TextStart">First UTF-16 index of the line in the paragraph text.</param>
/// <param name="TextLength">UTF-16 code units in the line, trailing spaces and the hard break included.</param>
/// <param name="Top">Top of the line box in pixels from the box's top edge.</param>
/// <param name="Height">Line pitch in pixels.</param>
/// <param name="Baseline">Baseline y in pixels from the box's top edge.</param>
/// <param name="Width">Advance width of the visible content (trailing spaces excluded).</param>
/// <param name="Runs">Glyph runs in visual order, left to right.</param>
/// <param name="IsWordBroken">The line ends inside a word because that word alone was wider than
/// the box; it was cut at a grapheme-cluster boundary.</param>
public sealed record TextLine(
    int TextStart,
    int TextLength,
    float Top,
    float Height,
    float Baseline,
    float Width,
    IReadOnlyList<GlyphRun> Runs,
    bool IsWordBroken);
