namespace Kiosk.Protocol.Content;

/// <summary>
/// Reads the <c>glyphs</c> section: a table of 8-byte records (start u32, width u8, height u8,
/// left i8, top i8) followed by each entry's coverage runs. One record is read per lookup.
/// </summary>
public sealed class GlyphAtlasReader
{
    private readonly SectionTable _table;
    private readonly byte[] _record = new byte[2 * ContentFormat.GlyphRecordSize];

    public GlyphAtlasReader(IContentSection section)
    {
        _table = new SectionTable(section, ContentFormat.GlyphsMagic, ContentFormat.GlyphRecordSize);
    }

    public int Count
    {
        get { return _table.Count; }
    }

    /// <summary>Fills <paramref name="entry"/> with record <paramref name="id"/>.</summary>
    public void ReadEntry(int id, GlyphEntry entry)
    {
        int length;
        int start = _table.Locate(id, _record, out length);
        int width = _record[4];
        int height = _record[5];
        if (width == 0 || height == 0)
        {
            throw ContentFormat.Malformed("Glyph entry " + id + " is empty.");
        }

        if (length > ContentFormat.MaxGlyphBytes)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "Glyph entry " + id + " is too large.");
        }

        entry.Id = id;
        entry.Width = width;
        entry.Height = height;
        entry.Left = ContentFormat.ReadInt8(_record, 6);
        entry.Top = ContentFormat.ReadInt8(_record, 7);
        entry.DataStart = start;
        entry.DataLength = length;
    }

    /// <summary>Reads the entry's runs into <paramref name="buffer"/> (at least <see cref="ContentFormat.MaxGlyphBytes"/>).</summary>
    public void ReadRuns(GlyphEntry entry, byte[] buffer)
    {
        _table.Section.Read(entry.DataStart, buffer, 0, entry.DataLength);
    }
}
