namespace Kiosk.Protocol.Content;

/// <summary>
/// Walks the run encoding of one glyph entry (docs/content-format.md, "glyphs"). Each row is a
/// sequence of run bytes: 00nnnnnn background, 01nnnnnn solid, 10nnnnnn partial followed by
/// ceil(count/2) bytes of 4-bit coverage, all with count = n + 1; 0xFF ends the row early (the
/// rest is background). A row also ends when its runs reach the width. The bytes must be used
/// exactly; anything else raises <see cref="ProtocolDecodeException"/>.
/// </summary>
public static class GlyphRunDecoder
{
    public const int KindMask = 0xC0;
    public const int KindBackground = 0x00;
    public const int KindSolid = 0x40;
    public const int KindPartial = 0x80;
    public const int EndOfRow = 0xFF;
    public const int MaxRun = 64;

    public static void Decode(GlyphEntry entry, byte[] data, IGlyphRunSink sink)
    {
        int position = 0;
        int end = entry.DataLength;
        for (int row = 0; row < entry.Height; row++)
        {
            sink.BeginRow(row);
            int x = 0;
            while (x < entry.Width)
            {
                if (position >= end)
                {
                    throw new ProtocolDecodeException(DecodeError.Truncated, "Glyph runs end inside a row.");
                }

                int op = data[position++];
                if (op == EndOfRow)
                {
                    break;
                }

                int count = (op & 0x3F) + 1;
                if (count > entry.Width - x)
                {
                    throw ContentFormat.Malformed("Glyph run passes the right edge.");
                }

                int kind = op & KindMask;
                if (kind == KindBackground)
                {
                    sink.Background(count);
                }
                else if (kind == KindSolid)
                {
                    sink.Solid(count);
                }
                else if (kind == KindPartial)
                {
                    int bytes = (count + 1) >> 1;
                    if (bytes > end - position)
                    {
                        throw new ProtocolDecodeException(DecodeError.Truncated, "Glyph coverage ends early.");
                    }

                    sink.Partial(data, position, count);
                    position += bytes;
                }
                else
                {
                    throw ContentFormat.Malformed("Unknown glyph run kind.");
                }

                x += count;
            }

            sink.EndRow();
        }

        if (position != end)
        {
            throw new ProtocolDecodeException(DecodeError.TrailingBytes, "Glyph entry has bytes after its last row.");
        }
    }
}
