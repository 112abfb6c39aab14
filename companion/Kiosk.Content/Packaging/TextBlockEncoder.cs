using Kiosk.Protocol.Content;
using Kiosk.Typesetting;

namespace Kiosk.Content.Packaging;

/// <summary>
/// Turns laid-out paragraphs into text blocks: each glyph cluster becomes an atlas entry placed
/// at a whole-pixel pen origin, grouped in segments along each baseline with one-byte advances.
/// A cluster that rounding would push past the box edge moves in by a pixel, so no ink ever
/// leaves the box. Identical blocks (a label used twice) are stored once.
/// </summary>
public sealed class TextBlockEncoder(AtlasBuilder atlas)
{
    private readonly List<byte[]> _records = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public AtlasBuilder Atlas => atlas;

    public int Count => _records.Count;

    /// <summary>Encodes and stores a block; returns its id.</summary>
    public int Add(LaidOutText text, ushort foreground, ushort background) => Add(Encode(text, foreground, background));

    public int Add(EncodedTextBlock block)
    {
        var key = Convert.ToBase64String(block.Record);
        if (!_ids.TryGetValue(key, out int id))
        {
            id = _records.Count;
            _records.Add(block.Record);
            _ids.Add(key, id);
        }
        return id;
    }

    /// <summary>Encodes a block (adding its clusters to the atlas) without storing it.</summary>
    public EncodedTextBlock Encode(LaidOutText text, ushort foreground, ushort background)
    {
        var snapped = LayoutSnapper.Snap(text);
        var nudges = new Dictionary<(int, int), (int X, int Y)>();
        var lines = new List<List<GlyphPlacement>>();
        for (int l = 0; l < snapped.Lines.Count; l++)
        {
            var line = snapped.Lines[l];
            var placements = new List<GlyphPlacement>();
            int ordinal = 0;
            foreach (var run in line.Runs)
            {
                foreach (var (start, count) in LayoutSnapper.Clusters(run))
                {
                    int entry = atlas.Add(run, start, count, line.Baseline, foreground);
                    int originX = (int)run.X[start];
                    int baseline = (int)line.Baseline;
                    if (entry >= 0)
                    {
                        var nudge = Nudge(atlas[entry], originX, baseline, text.BoxWidth, text.BoxHeight);
                        if (nudge != (0, 0))
                        {
                            nudges[(l, ordinal)] = nudge;
                        }
                        placements.Add(new GlyphPlacement(entry, originX + nudge.X, baseline + nudge.Y));
                    }
                    ordinal++;
                }
            }
            lines.Add(placements);
        }
        if (nudges.Count > 0)
        {
            snapped = LayoutSnapper.Shift(text, (line, ordinal) => nudges.GetValueOrDefault((line, ordinal)));
        }
        int advance = 0;
        foreach (var run in snapped.Lines.SelectMany(line => line.Runs))
        {
            for (int g = 0; g < run.GlyphIds.Length; g++)
            {
                advance = Math.Max(advance, (int)MathF.Ceiling(run.X[g] + run.Advances[g]));
            }
        }
        advance = Math.Min(advance, ushort.MaxValue);
        var record = WriteRecord(text.BoxWidth, text.BoxHeight, foreground, background, advance, lines);
        return new EncodedTextBlock(text.BoxWidth, text.BoxHeight, foreground, background, advance,
            lines.SelectMany(p => p).ToList(), snapped, record);
    }

    public byte[] ToSection() => SectionWriter.WithOffsetTable(ContentFormat.TextMagic, _records);

    private static (int X, int Y) Nudge(GlyphCluster cluster, int originX, int baseline, int boxWidth, int boxHeight)
    {
        int left = originX + cluster.Left;
        int top = baseline + cluster.Top;
        int x = left < 0 ? -left : Math.Min(0, boxWidth - (left + cluster.Width));
        int y = top < 0 ? -top : Math.Min(0, boxHeight - (top + cluster.Height));
        return (x, y);
    }

    private byte[] WriteRecord(int width, int height, ushort foreground, ushort background, int advance, List<List<GlyphPlacement>> lines)
    {
        var segments = new List<List<GlyphPlacement>>();
        foreach (var line in lines)
        {
            List<GlyphPlacement>? current = null;
            foreach (var placement in line)
            {
                bool fits = current != null
                    && current.Count < ContentFormat.MaxPlacementsPerSegment
                    && current[^1].Baseline == placement.Baseline
                    && placement.OriginX - current[^1].OriginX is >= 0 and <= byte.MaxValue;
                if (!fits)
                {
                    current = [];
                    segments.Add(current);
                }
                current!.Add(placement);
            }
        }

        var bytes = new List<byte>();
        Put16(bytes, width);
        Put16(bytes, height);
        Put16(bytes, foreground);
        Put16(bytes, background);
        Put16(bytes, advance);
        Put16(bytes, segments.Count);
        foreach (var segment in segments)
        {
            int inkTop = segment.Min(p => p.Baseline + atlas[p.Entry].Top);
            int inkBottom = segment.Max(p => p.Baseline + atlas[p.Entry].Top + atlas[p.Entry].Height);
            Put16(bytes, (short)segment[0].OriginX);
            Put16(bytes, (short)segment[0].Baseline);
            Put16(bytes, (short)inkTop);
            bytes.Add(checked((byte)(inkBottom - inkTop)));
            bytes.Add((byte)segment.Count);
            int pen = segment[0].OriginX;
            foreach (var placement in segment)
            {
                Put16(bytes, placement.Entry);
                bytes.Add((byte)(placement.OriginX - pen));
                pen = placement.OriginX;
            }
        }
        return [.. bytes];
    }

    private static void Put16(List<byte> bytes, int value)
    {
        bytes.Add((byte)value);
        bytes.Add((byte)(value >> 8));
    }
}
