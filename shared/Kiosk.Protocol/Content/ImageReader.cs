namespace Kiosk.Protocol.Content;

/// <summary>
/// Reads the <c>images</c> section. An image is width u16, height u16, bits per index u8 (4 or
/// 8), reserved u8, palette count u16, the palette (u16 BGR565 each), a row table of height + 1
/// u32 offsets from the image's start, then each row's runs. A strip reads only the rows it
/// draws, through the row table.
/// </summary>
public sealed class ImageReader
{
    private readonly SectionTable _table;
    private readonly byte[] _scratch = new byte[2 * ContentFormat.MaxPaletteSize];

    public ImageReader(IContentSection section)
    {
        _table = new SectionTable(section, ContentFormat.ImagesMagic, 4);
    }

    public int Count
    {
        get { return _table.Count; }
    }

    public void ReadImage(int id, RunLengthImage image)
    {
        int length;
        int start = _table.Locate(id, _scratch, out length);
        if (length < ContentFormat.ImageHeaderSize)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Image " + id + " is shorter than its header.");
        }

        _table.Section.Read(start, _scratch, 0, ContentFormat.ImageHeaderSize);
        int width = ContentFormat.ReadUInt16(_scratch, 0);
        int height = ContentFormat.ReadUInt16(_scratch, 2);
        int bits = _scratch[4];
        int paletteCount = ContentFormat.ReadUInt16(_scratch, 6);
        if (width == 0 || height == 0 || width > ContentFormat.MaxImageSide || height > ContentFormat.MaxImageSide)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "Image " + id + " has an invalid size.");
        }

        if ((bits != 4 && bits != 8) || _scratch[5] != 0 || paletteCount == 0 || paletteCount > (1 << bits))
        {
            throw ContentFormat.Malformed("Image " + id + " has an invalid palette.");
        }

        image.Id = id;
        image.Width = width;
        image.Height = height;
        image.BitsPerIndex = bits;
        image.PaletteCount = paletteCount;
        image.Start = start;
        image.End = start + length;
        image.PaletteStart = start + ContentFormat.ImageHeaderSize;
        image.RowTableStart = image.PaletteStart + (2 * paletteCount);
        if (image.RowTableStart + (4 * (height + 1)) > image.End)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Image " + id + " is shorter than its row table.");
        }
    }

    /// <summary>Reads the palette into <paramref name="palette"/> (at least 256 long).</summary>
    public void ReadPalette(RunLengthImage image, ushort[] palette)
    {
        _table.Section.Read(image.PaletteStart, _scratch, 0, 2 * image.PaletteCount);
        for (int i = 0; i < image.PaletteCount; i++)
        {
            palette[i] = (ushort)ContentFormat.ReadUInt16(_scratch, 2 * i);
        }
    }

    /// <summary>Reads the runs of <paramref name="row"/> into <paramref name="buffer"/>; returns their length.</summary>
    public int ReadRow(RunLengthImage image, int row, byte[] buffer)
    {
        if (row < 0 || row >= image.Height)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "Image row out of range.");
        }

        _table.Section.Read(image.RowTableStart + (4 * row), _scratch, 0, 8);
        int rowsEnd = image.RowTableStart + (4 * (image.Height + 1));
        int start = image.Start + ContentFormat.ReadOffset(_scratch, 0);
        int end = image.Start + ContentFormat.ReadOffset(_scratch, 4);
        if (start < rowsEnd || end < start || end > image.End)
        {
            throw ContentFormat.Malformed("Image row lies outside its image.");
        }

        int length = end - start;
        if (length > image.MaxRowBytes || length > buffer.Length)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "Image row is longer than any valid row.");
        }

        _table.Section.Read(start, buffer, 0, length);
        return length;
    }
}
