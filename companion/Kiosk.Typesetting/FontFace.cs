using HarfBuzzSharp;
using SkiaSharp;

namespace Kiosk.Typesetting;

/// <summary>
/// One font file, opened once for shaping (HarfBuzz) and once for drawing (Skia). Both read the
/// same file, so HarfBuzz's glyph ids are valid in Skia.
/// </summary>
public sealed class FontFace : IDisposable
{
    private readonly Blob blob;
    private readonly Face face;

    internal FontFace(string filePath, string familyName, FontWeight weight)
    {
        FilePath = filePath;
        FamilyName = familyName;
        Weight = weight;
        blob = Blob.FromFile(filePath);
        face = new Face(blob, 0);
        UnitsPerEm = face.UnitsPerEm;
        Shaping = new HarfBuzzSharp.Font(face);
        // Shape in font units so positions scale to any pixel size without HarfBuzz rounding
        // them at a small size first.
        Shaping.SetScale(UnitsPerEm, UnitsPerEm);
        Shaping.SetFunctionsOpenType();
        Shaping.TryGetHorizontalFontExtents(out var extents);
        AscenderUnits = extents.Ascender;
        DescenderUnits = -extents.Descender;
        Typeface = SKTypeface.FromFile(filePath)
            ?? throw new InvalidDataException($"Skia cannot open the font {filePath}.");
    }

    /// <summary>File name without extension, e.g. "NotoSansThaiUI".</summary>
    public string FamilyName { get; }

    public FontWeight Weight { get; }

    public string FilePath { get; }

    public int UnitsPerEm { get; }

    /// <summary>Distance from baseline to the top of the font's line box, in font units.</summary>
    public int AscenderUnits { get; }

    /// <summary>Distance from baseline to the bottom of the font's line box, in font units (positive).</summary>
    public int DescenderUnits { get; }

    internal HarfBuzzSharp.Font Shaping { get; }

    internal SKTypeface Typeface { get; }

    /// <summary>Whether the font maps this Unicode code point to a glyph.</summary>
    public bool HasGlyph(int codepoint) => Shaping.TryGetNominalGlyph(codepoint, out var glyph) && glyph != 0;

    /// <summary>Outline bounds of a glyph in font units, y growing downwards; empty for blank glyphs.</summary>
    internal TextBounds GlyphInkUnits(uint glyph)
    {
        if (!Shaping.TryGetGlyphExtents(glyph, out var e) || e.Width == 0 || e.Height == 0)
        {
            return TextBounds.Empty;
        }
        // HarfBuzz gives the top-left corner with y up and a negative height.
        return new TextBounds(e.XBearing, -e.YBearing, e.XBearing + e.Width, -e.YBearing - e.Height);
    }

    public override string ToString() => $"{FamilyName} {Weight}";

    public void Dispose()
    {
        Typeface.Dispose();
        Shaping.Dispose();
        face.Dispose();
        blob.Dispose();
    }
}
