namespace Kiosk.Protocol.Content;

/// <summary>
/// The frame every binary content section shares: an 8-byte header (magic, version, record
/// count) then a table of record starts. Locating record i reads two table entries, so opening a
/// section costs one small read whatever its size. Every offset is checked against the section.
/// </summary>
internal sealed class SectionTable
{
    private readonly IContentSection _section;
    private readonly int _entrySize;
    private readonly int _dataStart;
    private readonly byte[] _scratch = new byte[16];

    /// <param name="entrySize">Bytes per table entry; the first four are the record's start.</param>
    internal SectionTable(IContentSection section, string magic, int entrySize)
    {
        if (section == null)
        {
            throw new System.ArgumentNullException("section");
        }

        _section = section;
        _entrySize = entrySize;
        if (section.Length < ContentFormat.HeaderSize)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Content section shorter than its header.");
        }

        section.Read(0, _scratch, 0, ContentFormat.HeaderSize);
        for (int i = 0; i < 4; i++)
        {
            if (_scratch[i] != (byte)magic[i])
            {
                throw ContentFormat.Malformed("Wrong content section magic.");
            }
        }

        if (_scratch[4] != ContentFormat.Version)
        {
            throw new ProtocolDecodeException(DecodeError.UnsupportedVersion, "Unsupported content section version " + _scratch[4] + ".");
        }

        if (_scratch[5] != 0)
        {
            throw ContentFormat.Malformed("Reserved content header byte must be zero.");
        }

        Count = ContentFormat.ReadUInt16(_scratch, 6);
        _dataStart = ContentFormat.HeaderSize + ((Count + 1) * entrySize);
        if (_dataStart > section.Length)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Content section shorter than its table.");
        }
    }

    internal int Count { get; private set; }

    internal IContentSection Section
    {
        get { return _section; }
    }

    /// <summary>
    /// Reads table entry <paramref name="index"/> and the next one into <paramref name="entry"/>
    /// (2 × entrySize bytes) and returns the record's start; its length goes to <paramref name="length"/>.
    /// </summary>
    internal int Locate(int index, byte[] entry, out int length)
    {
        if (index < 0 || index >= Count)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "Content record " + index + " does not exist.");
        }

        _section.Read(ContentFormat.HeaderSize + (index * _entrySize), entry, 0, 2 * _entrySize);
        int start = ContentFormat.ReadOffset(entry, 0);
        int end = ContentFormat.ReadOffset(entry, _entrySize);
        if (start < _dataStart || end < start || end > _section.Length)
        {
            throw ContentFormat.Malformed("Content record " + index + " lies outside its section.");
        }

        length = end - start;
        return start;
    }
}
