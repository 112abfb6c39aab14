using SkiaSharp;

namespace Kiosk.Typesetting;

/// <summary>
/// Draws laid-out text with Skia, anti-aliased, each glyph exactly where the layout put it: no
/// shaping, kerning or hinting happens here.
/// </summary>
public static class TextRasterizer
{
    /// <summary>A bitmap the size of the text box, filled with <paramref name="background"/>, with the text drawn on it.</summary>
    public static SKBitmap Rasterize(LaidOutText text, SKColor background)
    {
        var bitmap = new SKBitmap(new SKImageInfo(text.BoxWidth, text.BoxHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(background);
        Draw(canvas, text, 0, 0);
        return bitmap;
    }

    /// <summary>Draws the text with the box's top-left corner at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public static void Draw(SKCanvas canvas, LaidOutText text, float left, float top)
    {
        using var paint = new SKPaint { Color = new SKColor(text.Style.Color), IsAntialias = true };
        foreach (var line in text.Lines)
        {
            foreach (var run in line.Runs)
            {
                if (run.GlyphIds.Length == 0)
                {
                    continue;
                }
                using var font = new SKFont(run.Face.Typeface, run.FontSizePx)
                {
                    Edging = SKFontEdging.Antialias,
                    // Positions carry HarfBuzz's fractional advances; hinting or pixel snapping
                    // would move glyphs away from where the layout measured them.
                    Subpixel = true,
                    Hinting = SKFontHinting.None,
                    LinearMetrics = true,
                };
                var points = new SKPoint[run.GlyphIds.Length];
                for (int g = 0; g < points.Length; g++)
                {
                    points[g] = new SKPoint(run.X[g], run.Y[g]);
                }
                using var builder = new SKTextBlobBuilder();
                builder.AddPositionedRun(run.GlyphIds, font, points);
                using var blob = builder.Build();
                if (blob != null)
                {
                    canvas.DrawText(blob, left, top, paint);
                }
            }
        }
    }

    /// <summary>Writes a bitmap as PNG, for people to look at.</summary>
    public static void SavePng(SKBitmap bitmap, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder != null)
        {
            Directory.CreateDirectory(folder);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }
}
