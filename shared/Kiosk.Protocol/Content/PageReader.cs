namespace Kiosk.Protocol.Content;

/// <summary>
/// Reads the <c>pages</c> section. A page is width u16, height u16, background u16, item count
/// u16, then items: kind u8 followed by x i16, y i16 and, for a rect (1), width u16, height u16,
/// colour u16; for an image (2) or text block (3), its id u16. Coordinates are relative to the
/// content area of the page's display profile.
/// </summary>
public sealed class PageReader
{
    private const int MaxPageBytes = ContentFormat.PageHeaderSize + (ContentFormat.MaxPageItems * ContentFormat.RectItemSize);

    private readonly SectionTable _table;
    private readonly byte[] _buffer = new byte[MaxPageBytes];

    public PageReader(IContentSection section)
    {
        _table = new SectionTable(section, ContentFormat.PagesMagic, 4);
    }

    public int Count
    {
        get { return _table.Count; }
    }

    public void ReadPage(int id, PageDrawList page)
    {
        int length;
        int start = _table.Locate(id, _buffer, out length);
        if (length < ContentFormat.PageHeaderSize || length > MaxPageBytes)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "Page " + id + " has an invalid length.");
        }

        _table.Section.Read(start, _buffer, 0, length);
        int count = ContentFormat.ReadUInt16(_buffer, 6);
        if (count > ContentFormat.MaxPageItems)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "Page " + id + " has too many items.");
        }

        page.Id = id;
        page.Width = ContentFormat.ReadUInt16(_buffer, 0);
        page.Height = ContentFormat.ReadUInt16(_buffer, 2);
        page.Background = ContentFormat.ReadUInt16(_buffer, 4);
        page.Count = 0;
        int position = ContentFormat.PageHeaderSize;
        for (int i = 0; i < count; i++)
        {
            if (position >= length)
            {
                throw new ProtocolDecodeException(DecodeError.Truncated, "Page " + id + " ends inside its items.");
            }

            int kind = _buffer[position];
            int size = kind == ContentFormat.ItemRect ? ContentFormat.RectItemSize
                : kind == ContentFormat.ItemImage ? ContentFormat.ImageItemSize
                : kind == ContentFormat.ItemText ? ContentFormat.TextItemSize
                : 0;
            if (size == 0)
            {
                throw ContentFormat.Malformed("Unknown page item kind " + kind + ".");
            }

            if (size > length - position)
            {
                throw new ProtocolDecodeException(DecodeError.Truncated, "Page " + id + " ends inside an item.");
            }

            page.Kind[i] = kind;
            page.X[i] = ContentFormat.ReadInt16(_buffer, position + 1);
            page.Y[i] = ContentFormat.ReadInt16(_buffer, position + 3);
            if (kind == ContentFormat.ItemRect)
            {
                page.ItemWidth[i] = ContentFormat.ReadUInt16(_buffer, position + 5);
                page.ItemHeight[i] = ContentFormat.ReadUInt16(_buffer, position + 7);
                page.Value[i] = ContentFormat.ReadUInt16(_buffer, position + 9);
            }
            else
            {
                page.ItemWidth[i] = 0;
                page.ItemHeight[i] = 0;
                page.Value[i] = ContentFormat.ReadUInt16(_buffer, position + 5);
            }

            page.Count = i + 1;
            position += size;
        }

        if (position != length)
        {
            throw new ProtocolDecodeException(DecodeError.TrailingBytes, "Page " + id + " has bytes after its items.");
        }
    }
}
