using System.Text;
using Kiosk.Protocol.Content;

namespace Kiosk.Content.Packaging;

/// <summary>Little-endian writer for the binary content sections, starting with their common header.</summary>
internal sealed class SectionWriter
{
    private readonly MemoryStream _bytes = new();

    public SectionWriter(string magic, int count)
    {
        if (count > ContentFormat.MaxRecords)
        {
            throw new InvalidOperationException($"A content section holds at most {ContentFormat.MaxRecords} records.");
        }
        WriteBytes(Encoding.ASCII.GetBytes(magic));
        WriteByte(ContentFormat.Version);
        WriteByte(0);
        WriteUInt16(count);
    }

    public int Length => (int)_bytes.Length;

    public void WriteByte(int value) => _bytes.WriteByte((byte)value);

    public void WriteUInt16(int value)
    {
        if (value is < 0 or > ushort.MaxValue)
        {
            throw new InvalidOperationException($"{value} does not fit an unsigned 16-bit field.");
        }
        WriteByte(value);
        WriteByte(value >> 8);
    }

    public void WriteInt16(int value)
    {
        if (value is < short.MinValue or > short.MaxValue)
        {
            throw new InvalidOperationException($"{value} does not fit a signed 16-bit field.");
        }
        WriteByte(value);
        WriteByte(value >> 8);
    }

    public void WriteUInt32(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        WriteByte(value);
        WriteByte(value >> 8);
        WriteByte(value >> 16);
        WriteByte(value >> 24);
    }

    public void WriteBytes(byte[] data) => _bytes.Write(data);

    public void WriteZeros(int count)
    {
        for (int i = 0; i < count; i++)
        {
            WriteByte(0);
        }
    }

    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>
    /// A section of variable-length records: header, (count + 1) u32 record starts, records.
    /// </summary>
    public static byte[] WithOffsetTable(string magic, IReadOnlyList<byte[]> records)
    {
        var writer = new SectionWriter(magic, records.Count);
        int offset = ContentFormat.HeaderSize + ((records.Count + 1) * 4);
        foreach (var record in records)
        {
            writer.WriteUInt32(offset);
            offset += record.Length;
        }
        writer.WriteUInt32(offset);
        foreach (var record in records)
        {
            writer.WriteBytes(record);
        }
        return writer.ToArray();
    }
}
