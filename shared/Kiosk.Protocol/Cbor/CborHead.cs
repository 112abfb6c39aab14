namespace Kiosk.Protocol.Cbor;

/// <summary>
/// Parses one item head (initial byte plus argument, RFC 8949 section 3). Shared by the reader
/// and the well-formedness check so both refuse exactly the same inputs.
/// </summary>
internal static class CborHead
{
    internal const int AdditionalIndefinite = 31;

    /// <summary>
    /// Returns the position just after the head. Heads that are longer than needed are accepted:
    /// we never compare encodings we did not write ourselves, and signatures cover the bytes as sent.
    /// </summary>
    internal static int Parse(byte[] data, int position, int end, out int majorType, out int additionalInfo, out ulong argument)
    {
        if (position >= end)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Input ends where an item should start.");
        }

        int initial = data[position];
        majorType = initial >> 5;
        additionalInfo = initial & 0x1F;
        position++;

        if (additionalInfo < 24)
        {
            argument = (ulong)additionalInfo;
            return position;
        }

        int size;
        switch (additionalInfo)
        {
            case 24:
                size = 1;
                break;
            case 25:
                size = 2;
                break;
            case 26:
                size = 4;
                break;
            case 27:
                size = 8;
                break;
            case AdditionalIndefinite:
                if (majorType >= 2 && majorType <= 5)
                {
                    throw new ProtocolDecodeException(DecodeError.Unsupported, "Indefinite-length items are not accepted.");
                }

                throw new ProtocolDecodeException(DecodeError.Malformed, "Break or indefinite marker where none may stand.");
            default:
                throw new ProtocolDecodeException(DecodeError.Malformed, "Reserved additional information " + additionalInfo + ".");
        }

        if (end - position < size)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "Input ends inside an item head.");
        }

        ulong value = 0;
        for (int i = 0; i < size; i++)
        {
            value = (value << 8) | data[position + i];
        }

        if (majorType == 7 && size == 1 && value < 32)
        {
            // RFC 8949 section 3.3: simple values below 32 must use the one-byte form.
            throw new ProtocolDecodeException(DecodeError.Malformed, "Two-byte simple value below 32.");
        }

        argument = value;
        return position + size;
    }
}
