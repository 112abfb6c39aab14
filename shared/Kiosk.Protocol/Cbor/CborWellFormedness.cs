using System;

namespace Kiosk.Protocol.Cbor;

/// <summary>
/// Proves, before any decoding allocates, that a buffer holds exactly one well-formed item
/// within the limits. Decoders run this first so their typed reads can trust lengths and counts.
/// </summary>
public static class CborWellFormedness
{
    public static void Check(byte[] data, int offset, int count, CborLimits limits)
    {
        if (data == null)
        {
            throw new ArgumentNullException("data");
        }

        if (offset < 0 || count < 0 || offset > data.Length - count)
        {
            throw new ArgumentOutOfRangeException("count");
        }

        if (limits == null)
        {
            limits = CborLimits.Default;
        }

        limits.Validate();
        if (count > limits.MaxTotalSize)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "Input of " + count + " bytes exceeds the limit.");
        }

        int end = offset + count;
        int position = CborItemScanner.Skip(data, offset, end, limits, 0);
        if (position != end)
        {
            throw new ProtocolDecodeException(DecodeError.TrailingBytes, (end - position) + " bytes follow the item.");
        }
    }
}
