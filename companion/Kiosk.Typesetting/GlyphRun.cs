namespace Kiosk.Typesetting;

/// <summary>
/// Glyphs of one face, one script and one bidi level, positioned in the text box: each glyph's
/// origin already includes HarfBuzz's advances and offsets, so a renderer draws them as they are.
/// Glyphs are in visual order (left to right), as HarfBuzz returns them.
/// </summary>
/// <param name="Face">The face whose glyph ids these are.</param>
/// <param name="FontSizePx">Em size the positions were computed for.</param>
/// <param name="Script">ISO 15924 tag of the run's script, e.g. "Thai", "Arab", "Zyyy" for common.</param>
/// <param name="IsRightToLeft">Odd bidi level: shaped right to left.</param>
/// <param name="TextStart">First UTF-16 index of the run in the paragraph text.</param>
/// <param name="TextLength">Number of UTF-16 code units the run covers.</param>
/// <param name="GlyphIds">Glyph ids in the face.</param>
/// <param name="X">Pen x of each glyph's origin in pixels from the box's left edge.</param>
/// <param name="Y">Baseline y of each glyph's origin in pixels from the box's top edge.</param>
/// <param name="Advances">Horizontal advance of each glyph in pixels, as HarfBuzz gave it.</param>
/// <param name="Clusters">UTF-16 index in the paragraph text of the cluster each glyph belongs to.</param>
public sealed record GlyphRun(
    FontFace Face,
    float FontSizePx,
    string Script,
    bool IsRightToLeft,
    int TextStart,
    int TextLength,
    ushort[] GlyphIds,
    float[] X,
    float[] Y,
    float[] Advances,
    int[] Clusters);
