using SkiaSharp;

namespace Kiosk.Content.Packaging;

/// <summary>
/// Reduces an opaque bitmap to an indexed image of at most <c>maxColours</c> BGR565 colours.
/// Art uses a handful of flat colours plus their anti-aliased edges, so the most frequent
/// colours are kept exactly and each rarer one maps to its nearest kept colour (squared RGB
/// distance). Ties are broken by colour value, so the result is deterministic.
/// </summary>
public static class PaletteQuantizer
{
    public static IndexedImage Quantize(SKBitmap bitmap, int maxColours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxColours, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxColours, 256);
        int width = bitmap.Width;
        int height = bitmap.Height;
        using var rgba = bitmap.Copy(SKColorType.Rgba8888)
            ?? throw new ArgumentException("The bitmap cannot be converted to RGBA.", nameof(bitmap));
        var pixels = rgba.GetPixelSpan();
        int stride = rgba.RowBytes;
        var colours = new ushort[width * height];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int at = (y * stride) + (4 * x);
                if (pixels[at + 3] != 255)
                {
                    throw new ArgumentException("Illustrations are composited over the page background first; this one has transparent pixels.", nameof(bitmap));
                }
                colours[(y * width) + x] = Bgr565.FromColor(new SKColor(pixels[at], pixels[at + 1], pixels[at + 2]));
            }
        }
        var counts = colours.GroupBy(c => c).Select(g => (Colour: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Colour).ToList();
        var palette = counts.Take(maxColours).Select(c => c.Colour).ToArray();
        var map = new Dictionary<ushort, byte>();
        for (int i = 0; i < palette.Length; i++)
        {
            map[palette[i]] = (byte)i;
        }
        foreach (var (colour, _) in counts.Skip(maxColours))
        {
            map[colour] = Nearest(palette, colour);
        }
        var indices = colours.Select(c => map[c]).ToArray();
        return new IndexedImage(width, height, palette, indices);
    }

    private static byte Nearest(ushort[] palette, ushort colour)
    {
        var target = Bgr565.ToColor(colour);
        int best = 0;
        long bestDistance = long.MaxValue;
        for (int i = 0; i < palette.Length; i++)
        {
            var candidate = Bgr565.ToColor(palette[i]);
            long dr = target.Red - candidate.Red;
            long dg = target.Green - candidate.Green;
            long db = target.Blue - candidate.Blue;
            long distance = (dr * dr) + (dg * dg) + (db * db);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
            }
        }
        return (byte)best;
    }
}
