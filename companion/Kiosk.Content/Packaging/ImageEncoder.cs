using Kiosk.Protocol.Content;
using SkiaSharp;

namespace Kiosk.Content.Packaging;

/// <summary>
/// Encodes illustrations for the <c>images</c> section: palette (4-bit indices when it has at
/// most 16 colours, else 8-bit), a row table so a strip can start at any row, and per row
/// fill runs (three or more equal pixels, drawn by the device with bulk copies) and literal runs.
/// </summary>
public sealed class ImageEncoder
{
    /// <summary>Shorter repeats cost the device less as part of a literal run than as a fill.</summary>
    private const int MinFill = 3;

    private readonly List<byte[]> _records = [];

    public int Count => _records.Count;

    /// <summary>Quantises an opaque bitmap (already composited over the page background) and stores it.</summary>
    public int Add(SKBitmap bitmap, int maxColours = 256) => Add(PaletteQuantizer.Quantize(bitmap, maxColours));

    public int Add(IndexedImage image)
    {
        _records.Add(Encode(image));
        return _records.Count - 1;
    }

    public byte[] ToSection() => SectionWriter.WithOffsetTable(ContentFormat.ImagesMagic, _records);

    /// <summary>One image record: header, palette, row table, runs.</summary>
    public static byte[] Encode(IndexedImage image)
    {
        if (image.Width is < 1 or > ContentFormat.MaxImageSide || image.Height is < 1 or > ContentFormat.MaxImageSide)
        {
            throw new ArgumentException($"Images are 1..{ContentFormat.MaxImageSide} pixels on each side.", nameof(image));
        }
        if (image.Palette.Length is < 1 or > ContentFormat.MaxPaletteSize)
        {
            throw new ArgumentException("A palette has 1..256 colours.", nameof(image));
        }
        bool packed = image.Palette.Length <= 16;
        var rows = new List<byte[]>();
        for (int y = 0; y < image.Height; y++)
        {
            rows.Add(EncodeRow(image, y, packed));
        }

        var bytes = new List<byte>();
        Put16(bytes, image.Width);
        Put16(bytes, image.Height);
        bytes.Add((byte)(packed ? 4 : 8));
        bytes.Add(0);
        Put16(bytes, image.Palette.Length);
        foreach (var colour in image.Palette)
        {
            Put16(bytes, colour);
        }
        int offset = bytes.Count + (4 * (image.Height + 1));
        foreach (var row in rows)
        {
            Put32(bytes, offset);
            offset += row.Length;
        }
        Put32(bytes, offset);
        foreach (var row in rows)
        {
            bytes.AddRange(row);
        }
        return [.. bytes];
    }

    private static byte[] EncodeRow(IndexedImage image, int y, bool packed)
    {
        var row = image.Indices.AsSpan(y * image.Width, image.Width);
        var output = new List<byte>();
        int x = 0;
        while (x < row.Length)
        {
            int repeat = RepeatLength(row, x);
            if (repeat >= MinFill)
            {
                output.Add((byte)(repeat - 1));
                output.Add(row[x]);
                x += repeat;
                continue;
            }
            int end = x + 1;
            while (end < row.Length && end - x < ImageRowDecoder.MaxRun && RepeatLength(row, end) < MinFill)
            {
                end++;
            }
            int count = end - x;
            output.Add((byte)(0x80 | (count - 1)));
            for (int i = x; i < end; i += packed ? 2 : 1)
            {
                output.Add(packed ? (byte)((row[i] << 4) | (i + 1 < end ? row[i + 1] : 0)) : row[i]);
            }
            x = end;
        }
        return [.. output];
    }

    private static int RepeatLength(ReadOnlySpan<byte> row, int x)
    {
        int end = x + 1;
        while (end < row.Length && end - x < ImageRowDecoder.MaxRun && row[end] == row[x])
        {
            end++;
        }
        return end - x;
    }

    private static void Put16(List<byte> bytes, int value)
    {
        bytes.Add((byte)value);
        bytes.Add((byte)(value >> 8));
    }

    private static void Put32(List<byte> bytes, int value)
    {
        Put16(bytes, value);
        Put16(bytes, value >> 16);
    }
}
