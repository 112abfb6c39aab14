namespace Kiosk.Protocol.Content;

/// <summary>
/// The header of one illustration: size, palette (BGR565, already composited over the page
/// background) and where its row table and runs lie in the section.
/// </summary>
public sealed class RunLengthImage
{
    public int Id;
    public int Width;
    public int Height;

    /// <summary>4 or 8: how literal runs pack palette indices.</summary>
    public int BitsPerIndex;

    public int PaletteCount;
    public int PaletteStart;
    public int RowTableStart;

    /// <summary>Section position the row table's offsets count from, and the record's end.</summary>
    public int Start;
    public int End;

    /// <summary>Most bytes one row's runs can take: a one-pixel fill per pixel.</summary>
    public int MaxRowBytes
    {
        get { return 2 * Width; }
    }
}
