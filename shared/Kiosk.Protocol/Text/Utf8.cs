using System;

namespace Kiosk.Protocol.Text;

/// <summary>
/// Strict UTF-8 (RFC 3629), because nanoFramework has no System.Text.Encoding and because a
/// lenient decoder would let two byte strings mean the same text (overlongs) or smuggle lone
/// surrogates into ids that are compared byte for byte.
/// </summary>
public static class Utf8
{
    public static int EncodedLength(string value)
    {
        if (value == null)
        {
            throw new ArgumentNullException("value");
        }

        int length = 0;
        int count = value.Length;
        for (int i = 0; i < count; i++)
        {
            int c = value[i];
            if (c < 0x80)
            {
                length += 1;
            }
            else if (c < 0x800)
            {
                length += 2;
            }
            else if (c >= 0xD800 && c <= 0xDFFF)
            {
                RequireSurrogatePair(value, i);
                length += 4;
                i++;
            }
            else
            {
                length += 3;
            }
        }

        return length;
    }

    public static byte[] Encode(string value)
    {
        byte[] result = new byte[EncodedLength(value)];
        Encode(value, result, 0);
        return result;
    }

    /// <summary>
    /// Writes the encoding of <paramref name="value"/> at <paramref name="offset"/> and returns the
    /// number of bytes written; the destination must hold <see cref="EncodedLength"/> bytes there.
    /// Lets a writer encode straight into its buffer without a temporary array.
    /// </summary>
    public static int Encode(string value, byte[] destination, int offset)
    {
        if (value == null)
        {
            throw new ArgumentNullException("value");
        }

        if (destination == null)
        {
            throw new ArgumentNullException("destination");
        }

        if (offset < 0 || offset > destination.Length)
        {
            throw new ArgumentOutOfRangeException("offset");
        }

        int position = offset;
        int count = value.Length;
        for (int i = 0; i < count; i++)
        {
            int c = value[i];
            int needed = c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xD800 && c <= 0xDFFF) ? 4 : 3;
            if (position + needed > destination.Length)
            {
                throw new ArgumentException("Destination too small.", "destination");
            }

            if (needed == 1)
            {
                destination[position++] = (byte)c;
            }
            else if (needed == 2)
            {
                destination[position++] = (byte)(0xC0 | (c >> 6));
                destination[position++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (needed == 3)
            {
                destination[position++] = (byte)(0xE0 | (c >> 12));
                destination[position++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                destination[position++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                RequireSurrogatePair(value, i);
                int scalar = 0x10000 + ((c - 0xD800) << 10) + (value[i + 1] - 0xDC00);
                i++;
                destination[position++] = (byte)(0xF0 | (scalar >> 18));
                destination[position++] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                destination[position++] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                destination[position++] = (byte)(0x80 | (scalar & 0x3F));
            }
        }

        return position - offset;
    }

    /// <summary>
    /// Decodes exactly <paramref name="count"/> bytes; anything that is not well-formed UTF-8
    /// (overlong forms, encoded surrogates, scalars above U+10FFFF, cut-off sequences, stray
    /// continuation bytes) raises <see cref="DecodeError.InvalidUtf8"/>.
    /// </summary>
    public static string Decode(byte[] data, int offset, int count)
    {
        if (data == null)
        {
            throw new ArgumentNullException("data");
        }

        if (offset < 0 || count < 0 || offset > data.Length - count)
        {
            throw new ArgumentOutOfRangeException("count");
        }

        // Every byte yields at most one UTF-16 unit (four bytes yield two), so count is an upper bound.
        char[] chars = new char[count];
        int written = 0;
        int position = offset;
        int end = offset + count;
        while (position < end)
        {
            int b0 = data[position];
            if (b0 < 0x80)
            {
                chars[written++] = (char)b0;
                position++;
                continue;
            }

            int length;
            int scalar;
            int low = 0x80;
            int high = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF)
            {
                length = 2;
                scalar = b0 & 0x1F;
            }
            else if (b0 >= 0xE0 && b0 <= 0xEF)
            {
                length = 3;
                scalar = b0 & 0x0F;
                if (b0 == 0xE0)
                {
                    low = 0xA0; // below is an overlong form
                }
                else if (b0 == 0xED)
                {
                    high = 0x9F; // above are UTF-16 surrogates
                }
            }
            else if (b0 >= 0xF0 && b0 <= 0xF4)
            {
                length = 4;
                scalar = b0 & 0x07;
                if (b0 == 0xF0)
                {
                    low = 0x90; // below is an overlong form
                }
                else if (b0 == 0xF4)
                {
                    high = 0x8F; // above is beyond U+10FFFF
                }
            }
            else
            {
                throw Invalid(position - offset);
            }

            if (end - position < length)
            {
                throw Invalid(position - offset);
            }

            for (int k = 1; k < length; k++)
            {
                int b = data[position + k];
                if (b < low || b > high)
                {
                    throw Invalid(position - offset);
                }

                low = 0x80;
                high = 0xBF;
                scalar = (scalar << 6) | (b & 0x3F);
            }

            position += length;
            if (scalar >= 0x10000)
            {
                scalar -= 0x10000;
                chars[written++] = (char)(0xD800 + (scalar >> 10));
                chars[written++] = (char)(0xDC00 + (scalar & 0x3FF));
            }
            else
            {
                chars[written++] = (char)scalar;
            }
        }

        return new string(chars, 0, written);
    }

    private static void RequireSurrogatePair(string value, int index)
    {
        int c = value[index];
        if (c > 0xDBFF || index + 1 >= value.Length || value[index + 1] < 0xDC00 || value[index + 1] > 0xDFFF)
        {
            throw new ArgumentException("Unpaired surrogate at index " + index + ".", "value");
        }
    }

    private static ProtocolDecodeException Invalid(int index)
    {
        return new ProtocolDecodeException(DecodeError.InvalidUtf8, "Invalid UTF-8 at byte " + index + ".");
    }
}
