using System;
using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Messages;

/// <summary>
/// The Last Will in a form every MQTT client can register. nanoFramework's M2Mqtt takes the Will
/// payload as a string and sends its UTF-8 bytes, so a CBOR map (first byte 0xA0 or more) cannot
/// be a Will there. This form is one CBOR text string, <c>"offline &lt;boot count&gt; &lt;epoch&gt;"</c>
/// in decimal: every byte is below 0x80 and none is zero, so it passes through a string
/// unchanged, and the status topic still carries exactly one CBOR item.
/// <see cref="KioskStatusCodec.Decode"/> reads it as an Offline <see cref="KioskStatus"/>.
/// </summary>
public static class OfflineWillCodec
{
    /// <summary>"offline ", a boot count of up to 10 digits, a space and an epoch of up to 20.</summary>
    public const int MaxTextLength = 39;

    /// <summary>The text and its CBOR head (two bytes from 24 characters on).</summary>
    public const int MaxEncodedSize = MaxTextLength + 2;

    private const string Word = "offline ";

    public static byte[] Encode(uint bootCount, ulong connectionEpoch)
    {
        var writer = new CborWriter(MaxEncodedSize);
        writer.WriteText(Word + bootCount.ToString() + " " + connectionEpoch.ToString());
        return writer.ToArray();
    }

    /// <summary>True when the payload starts as a CBOR text string, the only shape this form has.</summary>
    public static bool IsWill(byte[] data, int offset, int count)
    {
        return count > 0 && data != null && offset >= 0 && offset < data.Length && (data[offset] >> 5) == (int)CborMajorType.TextString;
    }

    public static KioskStatus Decode(byte[] data, int offset, int count)
    {
        var reader = new CborReader(data, offset, count, new CborLimits(1, MaxTextLength, 1, MaxEncodedSize));
        string text = reader.ReadText();
        reader.ExpectEnd();
        if (text.Length <= Word.Length || text.Substring(0, Word.Length) != Word)
        {
            throw Invalid("does not start with \"offline \"");
        }

        int space = text.IndexOf(' ', Word.Length);
        if (space < 0)
        {
            throw Invalid("lacks the connection epoch");
        }

        ulong bootCount = ParseDecimal(text, Word.Length, space);
        if (bootCount > uint.MaxValue)
        {
            throw Invalid("boot count is out of range");
        }

        var status = new KioskStatus();
        status.State = KioskState.Offline;
        status.BootCount = (uint)bootCount;
        status.ConnectionEpoch = ParseDecimal(text, space + 1, text.Length);
        return status;
    }

    // Canonical decimal only (no sign, no leading zero, no spaces), so one Will has one spelling.
    private static ulong ParseDecimal(string text, int start, int end)
    {
        if (end <= start || (text[start] == '0' && end - start > 1))
        {
            throw Invalid("has a number that is empty or not canonical");
        }

        ulong value = 0;
        for (int i = start; i < end; i++)
        {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9)
            {
                throw Invalid("has a character that is not a digit");
            }

            if (value > (ulong.MaxValue - (ulong)digit) / 10)
            {
                throw Invalid("has a number that does not fit 64 bits");
            }

            value = value * 10 + (ulong)digit;
        }

        return value;
    }

    private static ProtocolDecodeException Invalid(string why)
    {
        return new ProtocolDecodeException(DecodeError.InvalidValue, "Offline will " + why + ".");
    }
}
