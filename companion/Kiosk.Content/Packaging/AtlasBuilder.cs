using System.Globalization;
using System.Text;
using Kiosk.Protocol.Content;
using Kiosk.Typesetting;
using SkiaSharp;

namespace Kiosk.Content.Packaging;

/// <summary>
/// Collects the distinct glyph clusters of a bundle (HarfBuzz cluster: a base and its marks,
/// at one face and size, glyph offsets inside the cluster kept), renders each once with Skia
/// exactly as <see cref="TextRasterizer"/> would at a whole-pixel origin, quantises coverage to
/// 16 levels and writes the <c>glyphs</c> section. Entry ids follow first use, so the same
/// inputs in the same order give the same bytes.
/// </summary>
public sealed class AtlasBuilder
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<GlyphCluster> _entries = [];

    public int Count => _entries.Count;

    public IReadOnlyList<GlyphCluster> Entries => _entries;

    /// <summary>
    /// The entry for glyphs [start, start + count) of a snapped run, whose cluster origin is the
    /// first glyph's position, for text of colour <paramref name="foreground"/> (BGR565); -1
    /// when the cluster has no ink (a space).
    /// </summary>
    /// <remarks>
    /// Skia adjusts glyph coverage for the text colour's luminance (contrast and gamma), so a
    /// cluster is rendered in the colour it will be shown in; a theme has only a few text colours.
    /// </remarks>
    public int Add(GlyphRun run, int start, int count, float baseline, ushort foreground)
    {
        var key = Key(run, start, count, baseline) + "|" + foreground.ToString(CultureInfo.InvariantCulture);
        if (_ids.TryGetValue(key, out int id))
        {
            return id;
        }
        var cluster = Render(run, start, count, baseline, foreground);
        id = cluster == null ? -1 : _entries.Count;
        if (cluster != null)
        {
            if (_entries.Count >= ContentFormat.MaxRecords)
            {
                throw new InvalidOperationException("The glyph atlas is full.");
            }
            _entries.Add(cluster);
        }
        _ids.Add(key, id);
        return id;
    }

    public GlyphCluster this[int id] => _entries[id];

    /// <summary>The <c>glyphs</c> section: header, (count + 1) records, then each entry's runs.</summary>
    public byte[] ToSection()
    {
        var encoded = _entries.Select(GlyphRunEncoder.Encode).ToList();
        var section = new SectionWriter(ContentFormat.GlyphsMagic, _entries.Count);
        int dataStart = ContentFormat.HeaderSize + ((_entries.Count + 1) * ContentFormat.GlyphRecordSize);
        int offset = dataStart;
        for (int i = 0; i <= _entries.Count; i++)
        {
            section.WriteUInt32(offset);
            if (i == _entries.Count)
            {
                section.WriteZeros(4);
                break;
            }
            var entry = _entries[i];
            section.WriteByte(entry.Width);
            section.WriteByte(entry.Height);
            section.WriteByte(entry.Left & 0xFF);
            section.WriteByte(entry.Top & 0xFF);
            offset += encoded[i].Length;
        }
        foreach (var runs in encoded)
        {
            section.WriteBytes(runs);
        }
        return section.ToArray();
    }

    private static string Key(GlyphRun run, int start, int count, float baseline)
    {
        var key = new StringBuilder();
        key.Append(run.Face.FilePath).Append('|').Append(run.FontSizePx.ToString("R", CultureInfo.InvariantCulture));
        for (int g = start; g < start + count; g++)
        {
            // Offsets are exact HarfBuzz sums; 1/64 px steps make equal clusters compare equal.
            key.Append('|').Append(run.GlyphIds[g])
                .Append(',').Append(MathF.Round((run.X[g] - run.X[start]) * 64))
                .Append(',').Append(MathF.Round((run.Y[g] - baseline) * 64));
        }
        return key.ToString();
    }

    private static GlyphCluster? Render(GlyphRun run, int start, int count, float baseline, ushort foreground)
    {
        // A canvas large enough for any cluster at this size, the origin on whole pixels.
        int em = (int)MathF.Ceiling(run.FontSizePx);
        int width = 8 * em;
        int height = 5 * em;
        int originX = 3 * em;
        int originY = 3 * em;
        var xs = new float[count];
        var ys = new float[count];
        var ids = new ushort[count];
        for (int g = 0; g < count; g++)
        {
            ids[g] = run.GlyphIds[start + g];
            xs[g] = originX + (run.X[start + g] - run.X[start]);
            ys[g] = originY + (run.Y[start + g] - baseline);
        }
        var single = run with
        {
            GlyphIds = ids, X = xs, Y = ys,
            Advances = run.Advances.Skip(start).Take(count).ToArray(),
            Clusters = run.Clusters.Skip(start).Take(count).ToArray(),
        };
        var line = new TextLine(0, 0, 0, height, originY, 0, [single], false);
        var style = new TextStyle(run.FontSizePx, Color: (uint)Bgr565.ToColor(foreground));
        var text = new LaidOutText("", "und", style, width, height, TextDirection.LeftToRight, [line], false, 0, TextBounds.Empty);

        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            TextRasterizer.Draw(canvas, text, 0, 0);
        }
        return Crop(bitmap, originX, originY);
    }

    private static GlyphCluster? Crop(SKBitmap bitmap, int originX, int originY)
    {
        int width = bitmap.Width;
        int height = bitmap.Height;
        var levels = new byte[width * height];
        int left = width, top = height, right = -1, bottom = -1;
        var pixels = bitmap.GetPixelSpan();
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int alpha = pixels[(y * bitmap.RowBytes) + (x * 4) + 3];
                int level = ((alpha * 15) + 127) / 255;
                if (level == 0)
                {
                    continue;
                }
                levels[(y * width) + x] = (byte)level;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y);
            }
        }
        if (right < 0)
        {
            return null;
        }
        if (left == 0 || top == 0 || right == width - 1 || bottom == height - 1)
        {
            throw new InvalidOperationException("A glyph cluster is larger than its rendering canvas.");
        }
        int w = right - left + 1;
        int h = bottom - top + 1;
        if (w > ContentFormat.MaxGlyphSide || h > ContentFormat.MaxGlyphSide || w * h > ContentFormat.MaxGlyphPixels
            || left - originX is < sbyte.MinValue or > sbyte.MaxValue || top - originY is < sbyte.MinValue or > sbyte.MaxValue)
        {
            throw new InvalidOperationException($"A glyph cluster of {w}x{h} pixels exceeds the atlas limits.");
        }
        var coverage = new byte[w * h];
        for (int y = 0; y < h; y++)
        {
            Array.Copy(levels, ((top + y) * width) + left, coverage, y * w, w);
        }
        return new GlyphCluster(w, h, left - originX, top - originY, coverage);
    }
}
