using Kiosk.Protocol.Content;

namespace Kiosk.Content.Packaging;

/// <summary>Writes the <c>pages</c> section; page ids follow the order pages are added.</summary>
public sealed class PageWriter
{
    private readonly List<byte[]> _records = [];

    public int Count => _records.Count;

    public int Add(ContentPage page)
    {
        if (page.Items.Count > ContentFormat.MaxPageItems)
        {
            throw new ArgumentException($"A page has at most {ContentFormat.MaxPageItems} items.", nameof(page));
        }
        var bytes = new List<byte>();
        Put16(bytes, page.Width);
        Put16(bytes, page.Height);
        Put16(bytes, page.Background);
        Put16(bytes, page.Items.Count);
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case RectItem rect:
                    bytes.Add(ContentFormat.ItemRect);
                    PutPosition(bytes, rect);
                    Put16(bytes, rect.Width);
                    Put16(bytes, rect.Height);
                    Put16(bytes, rect.Colour);
                    break;
                case ImageItem image:
                    bytes.Add(ContentFormat.ItemImage);
                    PutPosition(bytes, image);
                    Put16(bytes, image.ImageId);
                    break;
                case TextItem text:
                    bytes.Add(ContentFormat.ItemText);
                    PutPosition(bytes, text);
                    Put16(bytes, text.BlockId);
                    break;
                default:
                    throw new ArgumentException($"Unknown page item {item.GetType().Name}.", nameof(page));
            }
        }
        _records.Add([.. bytes]);
        return _records.Count - 1;
    }

    public byte[] ToSection() => SectionWriter.WithOffsetTable(ContentFormat.PagesMagic, _records);

    private static void PutPosition(List<byte> bytes, PageItem item)
    {
        Put16(bytes, checked((short)item.X));
        Put16(bytes, checked((short)item.Y));
    }

    private static void Put16(List<byte> bytes, int value)
    {
        if (value is < short.MinValue or > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Page fields are 16-bit.");
        }
        bytes.Add((byte)value);
        bytes.Add((byte)(value >> 8));
    }
}
