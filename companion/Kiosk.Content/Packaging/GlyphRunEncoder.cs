using Kiosk.Protocol.Content;

namespace Kiosk.Content.Packaging;

/// <summary>
/// Encodes a cluster's coverage as the run bytes <see cref="GlyphRunDecoder"/> reads: background,
/// solid and partial runs of at most 64 pixels, and 0xFF instead of trailing background.
/// </summary>
public static class GlyphRunEncoder
{
    public static byte[] Encode(GlyphCluster cluster)
    {
        var output = new List<byte>();
        for (int y = 0; y < cluster.Height; y++)
        {
            int last = cluster.Width - 1;
            while (last >= 0 && cluster.CoverageAt(last, y) == 0)
            {
                last--;
            }
            int x = 0;
            while (x <= last)
            {
                int level = cluster.CoverageAt(x, y);
                int kind = Kind(level);
                int end = x + 1;
                while (end <= last && end - x < GlyphRunDecoder.MaxRun && Kind(cluster.CoverageAt(end, y)) == kind)
                {
                    end++;
                }
                int count = end - x;
                output.Add((byte)(kind | (count - 1)));
                if (kind == GlyphRunDecoder.KindPartial)
                {
                    for (int i = x; i < end; i += 2)
                    {
                        int high = cluster.CoverageAt(i, y);
                        int low = i + 1 < end ? cluster.CoverageAt(i + 1, y) : 0;
                        output.Add((byte)((high << 4) | low));
                    }
                }
                x = end;
            }
            if (last < cluster.Width - 1)
            {
                output.Add(GlyphRunDecoder.EndOfRow);
            }
        }
        if (output.Count > ContentFormat.MaxGlyphBytes)
        {
            throw new InvalidOperationException("A glyph cluster encodes to more bytes than the atlas allows.");
        }
        return [.. output];
    }

    private static int Kind(int level) => level switch
    {
        0 => GlyphRunDecoder.KindBackground,
        15 => GlyphRunDecoder.KindSolid,
        _ => GlyphRunDecoder.KindPartial,
    };
}
