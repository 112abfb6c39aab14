using Kiosk.Protocol.Content;

namespace Kiosk.Pages.Tests;

/// <summary>Decodes glyph runs back into a coverage array (0..15 per pixel) for round-trip checks.</summary>
internal sealed class CoverageSink(int width, int height) : IGlyphRunSink
{
    private int _row;
    private int _x;

    public byte[] Coverage { get; } = new byte[width * height];

    public void BeginRow(int row)
    {
        _row = row;
        _x = 0;
    }

    public void Background(int count) => _x += count;

    public void Solid(int count)
    {
        for (int i = 0; i < count; i++)
        {
            Coverage[(_row * width) + _x++] = 15;
        }
    }

    public void Partial(byte[] packed, int offset, int count)
    {
        for (int i = 0; i < count; i++)
        {
            Coverage[(_row * width) + _x++] = (byte)((packed[offset + (i >> 1)] >> ((i & 1) == 0 ? 4 : 0)) & 0x0F);
        }
    }

    public void EndRow() => Assert.True(_x <= width);
}
