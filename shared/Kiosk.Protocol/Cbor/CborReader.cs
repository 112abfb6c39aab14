using System;
using Kiosk.Protocol.Text;

namespace Kiosk.Protocol.Cbor;

/// <summary>
/// Reads CBOR items one at a time. Bad input of any kind raises <see cref="ProtocolDecodeException"/>;
/// a failed read leaves <see cref="Position"/> where it was. Typed reads do not track nesting
/// (the codec knows the shape); <see cref="SkipValue"/> enforces depth for the item it skips, and
/// <see cref="CborWellFormedness.Check"/> enforces it for a whole message. Heads longer than
/// needed are accepted (see CborHead); indefinite lengths are refused as Unsupported. Null or
/// out-of-range constructor arguments are programming errors and raise ArgumentException.
/// </summary>
public sealed class CborReader
{
    private readonly byte[] _data;
    private readonly int _end;
    private readonly CborLimits _limits;
    private int _position;

    public CborReader(byte[] data)
        : this(data, 0, data == null ? 0 : data.Length, CborLimits.Default)
    {
    }

    public CborReader(byte[] data, int offset, int count, CborLimits limits)
    {
        if (data == null)
        {
            throw new ArgumentNullException("data");
        }

        if (offset < 0 || count < 0 || offset > data.Length - count)
        {
            throw new ArgumentOutOfRangeException("count");
        }

        _limits = limits == null ? CborLimits.Default : limits;
        _limits.Validate();
        if (count > _limits.MaxTotalSize)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "Input of " + count + " bytes exceeds the limit.");
        }

        _data = data;
        _position = offset;
        _end = offset + count;
    }

    public bool IsAtEnd
    {
        get { return _position >= _end; }
    }

    /// <summary>Index into the array given to the constructor (not relative to its offset).</summary>
    public int Position
    {
        get { return _position; }
    }

    public CborMajorType PeekMajorType()
    {
        if (_position >= _end)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "No item left to read.");
        }

        return (CborMajorType)(_data[_position] >> 5);
    }

    public ulong ReadUnsigned()
    {
        ulong argument;
        int next = ReadHead(CborMajorType.UnsignedInteger, out argument);
        _position = next;
        return argument;
    }

    public long ReadInt64()
    {
        if (_position >= _end)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "No item left to read.");
        }

        CborMajorType majorType = PeekMajorType();
        if (majorType != CborMajorType.UnsignedInteger && majorType != CborMajorType.NegativeInteger)
        {
            throw Unexpected("integer", majorType);
        }

        ulong argument;
        int next = ReadHead(majorType, out argument);
        if (argument > (ulong)long.MaxValue)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "Integer outside the 64-bit signed range.");
        }

        _position = next;
        return majorType == CborMajorType.UnsignedInteger ? (long)argument : ~(long)argument;
    }

    public int ReadInt32()
    {
        int start = _position;
        long value = ReadInt64();
        if (value < int.MinValue || value > int.MaxValue)
        {
            _position = start;
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "Integer outside the 32-bit signed range.");
        }

        return (int)value;
    }

    public byte[] ReadBytes()
    {
        ulong argument;
        int next = ReadHead(CborMajorType.ByteString, out argument);
        int length = CborItemScanner.CheckStringLength(argument, next, _end, _limits);
        byte[] result = new byte[length];
        Array.Copy(_data, next, result, 0, length);
        _position = next + length;
        return result;
    }

    public string ReadText()
    {
        ulong argument;
        int next = ReadHead(CborMajorType.TextString, out argument);
        int length = CborItemScanner.CheckStringLength(argument, next, _end, _limits);
        string result = Utf8.Decode(_data, next, length);
        _position = next + length;
        return result;
    }

    /// <summary>
    /// The element count. It is already checked against the container limit and the bytes left,
    /// so a caller may allocate an array of this size.
    /// </summary>
    public int ReadArrayHeader()
    {
        ulong argument;
        int next = ReadHead(CborMajorType.Array, out argument);
        CborItemScanner.CheckContainerLength(argument, false, next, _end, _limits);
        _position = next;
        return (int)argument;
    }

    /// <summary>The number of key/value pairs, checked like <see cref="ReadArrayHeader"/>.</summary>
    public int ReadMapHeader()
    {
        ulong argument;
        int next = ReadHead(CborMajorType.Map, out argument);
        CborItemScanner.CheckContainerLength(argument, true, next, _end, _limits);
        _position = next;
        return (int)argument;
    }

    public bool ReadBool()
    {
        int initial = PeekInitialByte();
        if (initial != 0xF4 && initial != 0xF5)
        {
            throw Unexpected("boolean", (CborMajorType)(initial >> 5));
        }

        _position++;
        return initial == 0xF5;
    }

    public void ReadNull()
    {
        if (!TryReadNull())
        {
            throw Unexpected("null", PeekMajorType());
        }
    }

    /// <summary>Consumes a null and returns true, or leaves any other item in place and returns false.</summary>
    public bool TryReadNull()
    {
        if (PeekInitialByte() != 0xF6)
        {
            return false;
        }

        _position++;
        return true;
    }

    public ulong ReadTag()
    {
        ulong argument;
        int next = ReadHead(CborMajorType.Tag, out argument);
        _position = next;
        return argument;
    }

    /// <summary>Skips one whole item, such as the value of a key this version does not know.</summary>
    public void SkipValue()
    {
        _position = CborItemScanner.Skip(_data, _position, _end, _limits, 0);
    }

    /// <summary>
    /// Returns the exact bytes of the next item and moves past it, for content that is hashed or
    /// signed as sent (the counterpart of <see cref="CborWriter.WriteEncoded"/>).
    /// </summary>
    public byte[] ReadEncodedValue()
    {
        int start = _position;
        int next = CborItemScanner.Skip(_data, start, _end, _limits, 0);
        byte[] result = new byte[next - start];
        Array.Copy(_data, start, result, 0, result.Length);
        _position = next;
        return result;
    }

    public void ExpectEnd()
    {
        if (_position < _end)
        {
            throw new ProtocolDecodeException(DecodeError.TrailingBytes, (_end - _position) + " bytes follow the last item.");
        }
    }

    private int PeekInitialByte()
    {
        if (_position >= _end)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "No item left to read.");
        }

        return _data[_position];
    }

    // Parses the head without moving, so the caller commits the position only once the read succeeds.
    private int ReadHead(CborMajorType expected, out ulong argument)
    {
        CborMajorType actual = PeekMajorType();
        if (actual != expected)
        {
            throw Unexpected("major type " + (int)expected, actual);
        }

        int majorType;
        int additionalInfo;
        return CborHead.Parse(_data, _position, _end, out majorType, out additionalInfo, out argument);
    }

    private static ProtocolDecodeException Unexpected(string expected, CborMajorType actual)
    {
        return new ProtocolDecodeException(DecodeError.UnexpectedType, "Expected " + expected + " but found major type " + (int)actual + ".");
    }
}
