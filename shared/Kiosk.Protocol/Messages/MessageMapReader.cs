using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Messages;

/// <summary>
/// Walks a message map (or a record map nested in one): unsigned keys in strictly ascending
/// order, as deterministic encoding writes them, which also rules out duplicate keys without a
/// lookup table. Codecs switch on <see cref="NextKey"/> and skip keys they do not know.
/// </summary>
internal sealed class MessageMapReader
{
    private readonly CborReader _reader;
    private int _remaining;
    private ulong _lastKey;
    private bool _anyKey;
    private uint _seen;

    private MessageMapReader(CborReader reader)
    {
        _reader = reader;
        _remaining = reader.ReadMapHeader();
    }

    /// <summary>
    /// Proves the whole payload well-formed within <paramref name="limits"/> before anything is
    /// allocated, then opens the top-level map and checks the schema version under key 0.
    /// </summary>
    internal static MessageMapReader OpenMessage(byte[] data, int offset, int count, CborLimits limits)
    {
        CborWellFormedness.Check(data, offset, count, limits);
        var map = new MessageMapReader(new CborReader(data, offset, count, limits));
        uint key;
        if (!map.NextKey(out key) || key != 0)
        {
            throw new ProtocolDecodeException(DecodeError.MissingField, "Schema version (key 0) is missing.");
        }

        ulong version = map._reader.ReadUnsigned();
        if (version != MessageSchema.Version)
        {
            throw new ProtocolDecodeException(DecodeError.UnsupportedVersion, "Schema version " + version + " is not supported.");
        }

        return map;
    }

    internal MessageMapReader OpenNestedMap()
    {
        return new MessageMapReader(_reader);
    }

    /// <summary>Moves to the next key; false when the map is done. Keys above 31 are skipped here, as no v1 record has them.</summary>
    internal bool NextKey(out uint key)
    {
        while (_remaining > 0)
        {
            _remaining--;
            ulong raw = _reader.ReadUnsigned();
            if (_anyKey && raw <= _lastKey)
            {
                throw new ProtocolDecodeException(DecodeError.Malformed, "Map keys must be unique and ascending.");
            }

            _anyKey = true;
            _lastKey = raw;
            if (raw < 32)
            {
                _seen |= 1u << (int)raw;
                key = (uint)raw;
                return true;
            }

            _reader.SkipValue();
        }

        key = 0;
        return false;
    }

    internal bool Has(uint key)
    {
        return (_seen & (1u << (int)key)) != 0;
    }

    /// <summary>Raises MissingField unless every key in <paramref name="keyMask"/> (bit n = key n) was present.</summary>
    internal void Require(uint keyMask)
    {
        uint missing = keyMask & ~_seen;
        if (missing == 0)
        {
            return;
        }

        int key = 0;
        while ((missing & 1u) == 0)
        {
            missing >>= 1;
            key++;
        }

        throw new ProtocolDecodeException(DecodeError.MissingField, "Required key " + key + " is missing.");
    }

    internal void RequireKey(uint key)
    {
        Require(1u << (int)key);
    }

    internal void ExpectEnd()
    {
        _reader.ExpectEnd();
    }

    internal void SkipValue()
    {
        _reader.SkipValue();
    }

    internal ulong ReadUnsigned()
    {
        return _reader.ReadUnsigned();
    }

    internal uint ReadUInt32(uint min, uint max)
    {
        ulong value = _reader.ReadUnsigned();
        if (value < min || value > max)
        {
            throw Invalid("Value " + value + " is outside " + min + ".." + max + ".");
        }

        return (uint)value;
    }

    /// <summary>An enum numbered 0..count-1; numbers beyond are values this version cannot interpret.</summary>
    internal int ReadEnum(int count)
    {
        return (int)ReadUInt32(0, (uint)(count - 1));
    }

    /// <summary>An open-ended code (such as a reason) where newer senders may use numbers we do not know.</summary>
    internal int ReadCode()
    {
        return (int)ReadUInt32(0, int.MaxValue);
    }

    internal bool ReadBool()
    {
        return _reader.ReadBool();
    }

    internal string ReadId()
    {
        string value = _reader.ReadText();
        if (!FieldRules.IsId(value))
        {
            throw Invalid("Malformed id.");
        }

        return value;
    }

    internal string ReadLanguage()
    {
        string value = _reader.ReadText();
        if (!FieldRules.IsLanguage(value))
        {
            throw Invalid("Malformed language tag.");
        }

        return value;
    }

    internal string ReadDisplayText(int maxLength)
    {
        string value = _reader.ReadText();
        if (!FieldRules.IsDisplayText(value, maxLength))
        {
            throw Invalid("Text is empty, too long or contains control characters.");
        }

        return value;
    }

    internal string ReadPhoneNumber()
    {
        string value = _reader.ReadText();
        if (!FieldRules.IsPhoneNumber(value))
        {
            throw Invalid("Malformed phone number.");
        }

        return value;
    }

    internal string ReadKioskId()
    {
        string value = _reader.ReadText();
        if (!Topics.TopicName.IsValidKioskId(value))
        {
            throw Invalid("Malformed kiosk id.");
        }

        return value;
    }

    internal string ReadGroupId()
    {
        string value = _reader.ReadText();
        if (!Topics.TopicName.IsValidGroupId(value))
        {
            throw Invalid("Malformed group id.");
        }

        return value;
    }

    internal byte[] ReadBytes(int minLength, int maxLength)
    {
        byte[] value = _reader.ReadBytes();
        if (value.Length < minLength || value.Length > maxLength)
        {
            throw Invalid("Byte string of " + value.Length + " bytes is outside " + minLength + ".." + maxLength + ".");
        }

        return value;
    }

    /// <summary>An array header whose count this message allows; more is TooLarge.</summary>
    internal int ReadArrayHeader(int maxCount)
    {
        int count = _reader.ReadArrayHeader();
        if (count > maxCount)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "Array of " + count + " entries; at most " + maxCount + " allowed.");
        }

        return count;
    }

    internal string[] ReadIdArray(int maxCount)
    {
        string[] values = new string[ReadArrayHeader(maxCount)];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = ReadId();
        }

        return values;
    }

    private static ProtocolDecodeException Invalid(string message)
    {
        return new ProtocolDecodeException(DecodeError.InvalidValue, message);
    }
}
