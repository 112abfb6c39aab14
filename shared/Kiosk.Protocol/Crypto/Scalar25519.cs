using System;

namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// Scalars modulo the group order L = 2^252 + 27742317777372353535851937790883648493
    /// (RFC 8032 5.1), held as 32 little-endian bytes.
    /// </summary>
    internal static class Scalar25519
    {
        internal const int Size = 32;

        /// <summary>Window width of the signed sliding window: odd digits up to +-15.</summary>
        internal const int WindowWidth = 5;

        private const long Mask28 = (1L << 28) - 1;

        private static readonly byte[] Order =
        {
            0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
        };

        // L - 2^252 in 28-bit limbs, least significant first.
        private static readonly long[] OrderTail = { 217437165, 19280293, 127719000, 262007343, 5342 };

        /// <summary>
        /// True when the scalar is below L. RFC 8032 5.1.7 makes S >= L invalid, which stops anyone
        /// from minting a second valid signature by adding L to S.
        /// </summary>
        internal static bool IsCanonical(byte[] scalar, int offset)
        {
            for (int i = Size - 1; i >= 0; i--)
            {
                int difference = scalar[offset + i] - Order[i];
                if (difference != 0)
                {
                    return difference < 0;
                }
            }

            return false;
        }

        /// <summary>Reduces a 64-byte little-endian number (a SHA-512 digest) modulo L.</summary>
        /// <remarks>
        /// Horner's rule a byte at a time: r = (256 r + next byte) mod L. With r in 28-bit limbs,
        /// nine limbs hold everything below 2^252, and whatever spills above (q * 2^252, q below
        /// 2^9) is folded back as -q * (L - 2^252), because 2^252 = -(L - 2^252) mod L. That is
        /// slower than a tuned reduction but short, easy to check, and only runs once per
        /// verification (about 1% of its cost).
        /// </remarks>
        internal static void ReduceWide(byte[] input, int offset, byte[] output)
        {
            var r = new long[10];
            for (int i = 63; i >= 0; i--)
            {
                long carry = input[offset + i];
                for (int j = 0; j < 9; j++)
                {
                    long shifted = (r[j] << 8) + carry;
                    r[j] = shifted & Mask28;
                    carry = shifted >> 28;
                }

                long spill = (r[9] << 8) + carry;
                for (int j = 0; j < OrderTail.Length; j++)
                {
                    r[j] -= spill * OrderTail[j];
                }

                // The fold can go below zero by less than 2^134; the floor carry out of the top
                // limb is then -1, and adding L once (its tail here, its 2^252 against that -1)
                // brings r back into [0, L).
                carry = Normalize(r, 0);
                if (carry < 0)
                {
                    for (int j = 0; j < OrderTail.Length; j++)
                    {
                        r[j] += OrderTail[j];
                    }

                    carry = Normalize(r, 0) + 1 + carry;
                }

                r[9] = carry;
            }

            long buffer = 0;
            int bits = 0;
            int at = 0;
            for (int j = 0; j < 10; j++)
            {
                buffer |= r[j] << bits;
                bits += 28;
                while (bits >= 8 && at < Size)
                {
                    output[at++] = (byte)buffer;
                    buffer >>= 8;
                    bits -= 8;
                }
            }
        }

        /// <summary>
        /// Recodes a scalar below 2^253 into signed digits: each non-zero digit is odd, within
        /// +-15, and followed by at least four zeros, so a scalar multiplication needs a table of
        /// only eight odd multiples and adds for about one bit in six.
        /// </summary>
        /// <returns>The index of the highest non-zero digit, or -1 for zero.</returns>
        internal static int ToSlidingWindow(byte[] scalar, int offset, sbyte[] digits)
        {
            Array.Clear(digits, 0, digits.Length);
            const int Width = 1 << WindowWidth;
            int highest = -1;
            int carry = 0;
            int position = 0;
            while (position < 256)
            {
                int window = carry + (ReadWindow(scalar, offset, position) & (Width - 1));
                if ((window & 1) == 0)
                {
                    // Bit plus carry is even: the digit here is zero and the carry moves up.
                    position++;
                    continue;
                }

                // Take the window as a digit in (-16, 16); a digit above 15 becomes negative and
                // borrows 32 from the next window.
                if (window < Width / 2)
                {
                    digits[position] = (sbyte)window;
                    carry = 0;
                }
                else
                {
                    digits[position] = (sbyte)(window - Width);
                    carry = 1;
                }

                highest = position;
                position += WindowWidth;
            }

            return highest;
        }

        // Floor carries through limbs 0..8; returns the carry out of limb 8.
        private static long Normalize(long[] r, long carry)
        {
            for (int j = 0; j < 9; j++)
            {
                long value = r[j] + carry;
                r[j] = value & Mask28;
                carry = value >> 28;
            }

            return carry;
        }

        // At least WindowWidth bits of the scalar from a bit position; beyond the end reads zero.
        private static int ReadWindow(byte[] scalar, int offset, int position)
        {
            int index = position >> 3;
            int value = scalar[offset + index];
            if (index + 1 < Size)
            {
                value |= scalar[offset + index + 1] << 8;
            }

            return value >> (position & 7);
        }
    }
}
