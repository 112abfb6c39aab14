using System;
using Kiosk.Protocol.Text;

namespace Kiosk.Protocol.Cbor;

/// <summary>
/// Writes deterministic CBOR (RFC 8949 section 4.2.1): every head in its shortest form and only
/// definite lengths. Map key order is the caller's job; our codecs write small integer keys in
/// ascending order, which is the deterministic order for such keys.
/// </summary>
public sealed class CborWriter
{
    private byte[] _buffer;
    private int _length;

    public CborWriter()
        : this(64)
    {
    }

    public CborWriter(int initialCapacity)
    {
        if (initialCapacity < 0)
        {
            throw new ArgumentOutOfRangeException("initialCapacity");
        }

        _buffer = new byte[initialCapacity < 16 ? 16 : initialCapacity];
    }

    public int Length
    {
        get { return _length; }
    }

    public void WriteUnsigned(ulong value)
    {
        WriteHead(0, value);
    }

    public void WriteInt64(long value)
    {
        if (value >= 0)
        {
            WriteHead(0, (ulong)value);
        }
        else
        {
            // Major type 1 carries -1 - n; the bitwise complement computes it without overflow.
            WriteHead(1, (ulong)~value);
        }
    }

    public void WriteInt32(int value)
    {
        WriteInt64(value);
    }

    public void WriteBytes(byte[] value)
    {
        if (value == null)
        {
            throw new ArgumentNullException("value");
        }

        WriteBytes(value, 0, value.Length);
    }

    public void WriteBytes(byte[] value, int offset, int count)
    {
        if (value == null)
        {
            throw new ArgumentNullException("value");
        }

        if (offset < 0 || count < 0 || offset > value.Length - count)
        {
            throw new ArgumentOutOfRangeException("count");
        }

        WriteHead(2, (ulong)count);
        EnsureCapacity(count);
        Array.Copy(value, offset, _buffer, _length, count);
        _length += count;
    }

    public void WriteText(string value)
    {
        int count = Utf8.EncodedLength(value);
        WriteHead(3, (ulong)count);
        EnsureCapacity(count);
        _length += Utf8.Encode(value, _buffer, _length);
    }

    public void WriteArrayHeader(int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException("count");
        }

        WriteHead(4, (ulong)count);
    }

    public void WriteMapHeader(int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException("count");
        }

        WriteHead(5, (ulong)count);
    }

    public void WriteBool(bool value)
    {
        WriteByte(value ? (byte)0xF5 : (byte)0xF4);
    }

    public void WriteNull()
    {
        WriteByte(0xF6);
    }

    public void WriteTag(ulong tag)
    {
        WriteHead(6, tag);
    }

    /// <summary>
    /// Appends an item that is already encoded, such as a signed payload whose bytes must not
    /// change. The bytes are not checked: the caller vouches that they are one well-formed item.
    /// </summary>
    public void WriteEncoded(byte[] encodedItem)
    {
        if (encodedItem == null)
        {
            throw new ArgumentNullException("encodedItem");
        }

        EnsureCapacity(encodedItem.Length);
        Array.Copy(encodedItem, 0, _buffer, _length, encodedItem.Length);
        _length += encodedItem.Length;
    }

    public byte[] ToArray()
    {
        byte[] result = new byte[_length];
        Array.Copy(_buffer, 0, result, 0, _length);
        return result;
    }

    /// <summary>Empties the writer but keeps its buffer, so a kiosk can reuse one writer.</summary>
    public void Reset()
    {
        _length = 0;
    }

    private void WriteHead(int majorType, ulong value)
    {
        int initial = majorType << 5;
        if (value < 24)
        {
            EnsureCapacity(1);
            _buffer[_length++] = (byte)(initial | (int)value);
        }
        else if (value <= 0xFF)
        {
            EnsureCapacity(2);
            _buffer[_length++] = (byte)(initial | 24);
            _buffer[_length++] = (byte)value;
        }
        else if (value <= 0xFFFF)
        {
            EnsureCapacity(3);
            _buffer[_length++] = (byte)(initial | 25);
            WriteBigEndian(value, 2);
        }
        else if (value <= 0xFFFFFFFF)
        {
            EnsureCapacity(5);
            _buffer[_length++] = (byte)(initial | 26);
            WriteBigEndian(value, 4);
        }
        else
        {
            EnsureCapacity(9);
            _buffer[_length++] = (byte)(initial | 27);
            WriteBigEndian(value, 8);
        }
    }

    private void WriteBigEndian(ulong value, int size)
    {
        for (int shift = (size - 1) * 8; shift >= 0; shift -= 8)
        {
            _buffer[_length++] = (byte)(value >> shift);
        }
    }

    private void WriteByte(byte value)
    {
        EnsureCapacity(1);
        _buffer[_length++] = value;
    }

    private void EnsureCapacity(int extra)
    {
        int needed = _length + extra;
        if (needed <= _buffer.Length)
        {
            return;
        }

        int size = _buffer.Length * 2;
        if (size < needed)
        {
            size = needed;
        }

        byte[] grown = new byte[size];
        Array.Copy(_buffer, 0, grown, 0, _length);
        _buffer = grown;
    }
}
