using System;

namespace Kiosk.Protocol.Content;

/// <summary>
/// Expands one image row's runs into BGR565 pixels, clipped to a column range. Run bytes: 0nnnnnnn
/// then a palette index fills n + 1 pixels; 1nnnnnnn then n + 1 indices (packed two per byte,
/// high nibble first, in 4-bit images) are literal pixels. Runs must cover the row exactly.
/// Fills use <see cref="BulkFill"/>; literals are the only per-pixel work, and are counted.
/// </summary>
public static class ImageRowDecoder
{
    public const int MaxRun = 128;

    /// <summary>
    /// Writes image columns [clipLeft, clipRight) of the row to target[targetOffset + column].
    /// Returns how many pixels were written one by one (literals inside the clip).
    /// </summary>
    public static int Decode(RunLengthImage image, byte[] runs, int length, ushort[] palette,
        ushort[] target, int targetOffset, int clipLeft, int clipRight)
    {
        int position = 0;
        int x = 0;
        int single = 0;
        bool packed = image.BitsPerIndex == 4;
        while (x < image.Width)
        {
            if (position >= length)
            {
                throw new ProtocolDecodeException(DecodeError.Truncated, "Image row ends early.");
            }

            int op = runs[position++];
            int count = (op & 0x7F) + 1;
            if (count > image.Width - x)
            {
                throw ContentFormat.Malformed("Image run passes the right edge.");
            }

            int from = x > clipLeft ? x : clipLeft;
            int to = x + count < clipRight ? x + count : clipRight;
            if ((op & 0x80) == 0)
            {
                if (position >= length)
                {
                    throw new ProtocolDecodeException(DecodeError.Truncated, "Image fill has no colour.");
                }

                int index = runs[position++];
                CheckIndex(image, index);
                if (to > from)
                {
                    BulkFill.Fill(target, targetOffset + from, to - from, palette[index]);
                }
            }
            else
            {
                int bytes = packed ? (count + 1) >> 1 : count;
                if (bytes > length - position)
                {
                    throw new ProtocolDecodeException(DecodeError.Truncated, "Image literal ends early.");
                }

                for (int column = from; column < to; column++)
                {
                    int i = column - x;
                    int index = packed ? (runs[position + (i >> 1)] >> ((i & 1) == 0 ? 4 : 0)) & 0x0F : runs[position + i];
                    CheckIndex(image, index);
                    target[targetOffset + column] = palette[index];
                }

                if (to > from)
                {
                    single += to - from;
                }

                position += bytes;
            }

            x += count;
        }

        if (position != length)
        {
            throw new ProtocolDecodeException(DecodeError.TrailingBytes, "Image row has bytes after its last run.");
        }

        return single;
    }

    private static void CheckIndex(RunLengthImage image, int index)
    {
        if (index >= image.PaletteCount)
        {
            throw ContentFormat.Malformed("Palette index out of range.");
        }
    }
}
