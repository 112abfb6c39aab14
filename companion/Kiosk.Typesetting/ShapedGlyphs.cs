namespace Kiosk.Typesetting;

/// <summary>HarfBuzz's output for one piece of text, in font units, glyphs in visual order.</summary>
internal sealed record ShapedGlyphs(
    TextItem Item,
    int Start,
    int Length,
    uint[] GlyphIds,
    int[] Clusters,
    int[] XAdvances,
    int[] XOffsets,
    int[] YOffsets);
