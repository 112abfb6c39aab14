namespace Kiosk.Protocol.Content;

/// <summary>
/// Names, magic numbers and limits of the binary content sections (docs/content-format.md), and
/// the little-endian field access every reader shares. Limits bound every buffer a reader or the
/// renderer preallocates, so hostile bytes can never make the device allocate.
/// </summary>
public static class ContentFormat
{
    public const string IndexSection = "index";
    public const string PagesSection = "pages";
    public const string TextSection = "text";
    public const string GlyphsSection = "glyphs";
    public const string ImagesSection = "images";

    public const byte Version = 1;

    /// <summary>magic(4) version(1) reserved(1) count(u16).</summary>
    public const int HeaderSize = 8;

    public const int MaxRecords = 65535;

    /// <summary>Largest glyph-cluster box; clusters of the body and title sizes are far smaller.</summary>
    public const int MaxGlyphSide = 255;

    /// <summary>Largest encoded glyph entry, so one read buffer of this size always suffices.</summary>
    public const int MaxGlyphBytes = 4096;

    /// <summary>Largest glyph-cluster area in pixels; bounds the renderer's glyph pool.</summary>
    public const int MaxGlyphPixels = 4096;

    public const int GlyphRecordSize = 8;

    public const int TextBlockHeaderSize = 12;
    public const int SegmentHeaderSize = 8;
    public const int PlacementSize = 3;

    /// <summary>Placements in one segment (a count byte).</summary>
    public const int MaxPlacementsPerSegment = 255;

    public const int ImageHeaderSize = 8;
    public const int MaxImageSide = 1024;
    public const int MaxPaletteSize = 256;

    public const int PageHeaderSize = 8;
    public const int MaxPageItems = 48;

    /// <summary>Kinds of page draw items; the numbers are the wire values.</summary>
    public const int ItemRect = 1;
    public const int ItemImage = 2;
    public const int ItemText = 3;

    public const int RectItemSize = 11;
    public const int ImageItemSize = 7;
    public const int TextItemSize = 7;

    /// <summary>The four ASCII bytes each binary section starts with.</summary>
    public const string GlyphsMagic = "KGLY";
    public const string TextMagic = "KTXT";
    public const string ImagesMagic = "KIMG";
    public const string PagesMagic = "KPAG";

    public static int ReadUInt16(byte[] data, int offset)
    {
        return data[offset] | (data[offset + 1] << 8);
    }

    public static int ReadInt16(byte[] data, int offset)
    {
        return (short)(data[offset] | (data[offset + 1] << 8));
    }

    public static int ReadInt8(byte[] data, int offset)
    {
        return (sbyte)data[offset];
    }

    /// <summary>An unsigned 32-bit field; values above int.MaxValue cannot be a valid offset and fail.</summary>
    public static int ReadOffset(byte[] data, int offset)
    {
        uint value = (uint)(data[offset] | (data[offset + 1] << 8) | (data[offset + 2] << 16)) | ((uint)data[offset + 3] << 24);
        if (value > int.MaxValue)
        {
            throw Malformed("Offset out of range.");
        }

        return (int)value;
    }

    internal static void CheckRange(int position, int count, int length)
    {
        if (position < 0 || count < 0 || position > length - count)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Read past the end of a content section.");
        }
    }

    internal static ProtocolDecodeException Malformed(string message)
    {
        return new ProtocolDecodeException(DecodeError.Malformed, message);
    }
}
