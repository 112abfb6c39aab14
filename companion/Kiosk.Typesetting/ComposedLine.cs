namespace Kiosk.Typesetting;

/// <summary>
/// A line shaped and put in visual order, with positions relative to its own pen start (x = 0)
/// and baseline (y = 0), before it is aligned and placed in the box.
/// </summary>
internal sealed record ComposedLine(
    int Start,
    int End,
    IReadOnlyList<(ShapedGlyphs Glyphs, float[] X, float[] Y)> Runs,
    float Width,
    TextBounds Ink,
    float Ascent,
    float Descent,
    bool IsWordBroken);
