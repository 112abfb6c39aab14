namespace Kiosk.Protocol.Content;

/// <summary>
/// Reads the <c>text</c> section. A block is a 12-byte header (width, height, foreground,
/// background, advance, segment count; u16 each) and its segments: originX i16, baseline i16,
/// ink top i16, ink height u8, count u8, then count × (atlas entry u16, advance from the
/// previous origin u8).
/// </summary>
public sealed class TextBlockReader
{
    private readonly SectionTable _table;
    private readonly byte[] _scratch = new byte[16];

    public TextBlockReader(IContentSection section)
    {
        _table = new SectionTable(section, ContentFormat.TextMagic, 4);
    }

    public int Count
    {
        get { return _table.Count; }
    }

    public void ReadBlock(int id, TextBlock block)
    {
        int length;
        int start = _table.Locate(id, _scratch, out length);
        if (length < ContentFormat.TextBlockHeaderSize)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Text block " + id + " is shorter than its header.");
        }

        _table.Section.Read(start, _scratch, 0, ContentFormat.TextBlockHeaderSize);
        block.Id = id;
        block.Width = ContentFormat.ReadUInt16(_scratch, 0);
        block.Height = ContentFormat.ReadUInt16(_scratch, 2);
        block.Foreground = ContentFormat.ReadUInt16(_scratch, 4);
        block.Background = ContentFormat.ReadUInt16(_scratch, 6);
        block.Advance = ContentFormat.ReadUInt16(_scratch, 8);
        block.SegmentCount = ContentFormat.ReadUInt16(_scratch, 10);
        block.FirstSegment = start + ContentFormat.TextBlockHeaderSize;
        block.End = start + length;
        if (block.SegmentCount == 0 && block.FirstSegment != block.End)
        {
            throw new ProtocolDecodeException(DecodeError.TrailingBytes, "Text block " + id + " has bytes after its segments.");
        }
    }

    /// <summary>
    /// Reads segment <paramref name="index"/> of <paramref name="block"/> starting at
    /// <paramref name="position"/> (the block's FirstSegment, then the previous segment's Next).
    /// </summary>
    public void ReadSegment(TextBlock block, int index, int position, TextSegment segment)
    {
        if (index < 0 || index >= block.SegmentCount || position < block.FirstSegment || position > block.End - ContentFormat.SegmentHeaderSize)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Text segment outside its block.");
        }

        _table.Section.Read(position, _scratch, 0, ContentFormat.SegmentHeaderSize);
        segment.Index = index;
        segment.OriginX = ContentFormat.ReadInt16(_scratch, 0);
        segment.BaselineY = ContentFormat.ReadInt16(_scratch, 2);
        segment.InkTop = ContentFormat.ReadInt16(_scratch, 4);
        segment.InkHeight = _scratch[6];
        segment.Count = _scratch[7];
        segment.PlacementsStart = position + ContentFormat.SegmentHeaderSize;
        segment.Next = segment.PlacementsStart + (segment.Count * ContentFormat.PlacementSize);
        if (segment.Next > block.End)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Text segment runs past its block.");
        }

        if (index == block.SegmentCount - 1 && segment.Next != block.End)
        {
            throw new ProtocolDecodeException(DecodeError.TrailingBytes, "Text block has bytes after its last segment.");
        }
    }

    /// <summary>Reads the segment's placements (3 bytes each) into <paramref name="buffer"/>.</summary>
    public void ReadPlacements(TextSegment segment, byte[] buffer)
    {
        _table.Section.Read(segment.PlacementsStart, buffer, 0, segment.Count * ContentFormat.PlacementSize);
    }
}
