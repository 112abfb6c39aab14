namespace Kiosk.Typesetting.Tests;

/// <summary>One glyph of hb-shape's JSON output, in font units.</summary>
internal sealed record HbShapeGlyph(int Glyph, int Cluster, int XOffset, int YOffset, int XAdvance, int YAdvance);
