namespace Kiosk.Content.Packaging;

/// <summary>An atlas entry placed in a text block: pen origin on the baseline, in box pixels.</summary>
public readonly record struct GlyphPlacement(int Entry, int OriginX, int Baseline);
