using System;

namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// Arithmetic modulo p = 2^255 - 19 on elements held as ten signed limbs (int[10]) in radix
    /// 2^25.5: limb i carries bits from ceil(25.5 * i), so even limbs hold 26 bits and odd limbs 25.
    /// The split keeps every limb product inside a long, which is the widest multiply
    /// nanoFramework offers, and lets a whole product run as straight-line code.
    /// </summary>
    /// <remarks>
    /// Bounds: <see cref="Multiply"/> and <see cref="Square"/> leave limbs in [0, 2^26) or
    /// [0, 2^25) (limb 1 may stray by 2^16 either way). They accept inputs whose limbs are below
    /// 1.5 * 2^27 (even) and 1.5 * 2^26 (odd) in magnitude (products then stay below 2^62), which
    /// covers the widest operand the point formulas build: twice a carried element plus the
    /// difference of two. <see cref="Add"/> and <see cref="Subtract"/> do not carry, which is why
    /// they are cheap and why callers must respect that bound. Every method may write its result
    /// over one of its inputs.
    /// </remarks>
    internal static class Field25519
    {
        internal const int Limbs = 10;

        private const long Mask26 = (1L << 26) - 1;
        private const long Mask25 = (1L << 25) - 1;

        internal static int[] Create()
        {
            return new int[Limbs];
        }

        internal static int[] FromInt(int value)
        {
            var h = new int[Limbs];
            h[0] = value;
            return h;
        }

        internal static void Copy(int[] h, int[] f)
        {
            Array.Copy(f, h, Limbs);
        }

        internal static void SetZero(int[] h)
        {
            Array.Clear(h, 0, Limbs);
        }

        internal static void SetOne(int[] h)
        {
            Array.Clear(h, 0, Limbs);
            h[0] = 1;
        }

        // Add, Subtract and Negate are unrolled: on an IL interpreter the loop bookkeeping would
        // cost about as much as the arithmetic.
        internal static void Add(int[] h, int[] f, int[] g)
        {
            if (FieldOperationCounter.Enabled)
            {
                FieldOperationCounter.LinearOperations++;
            }

            h[0] = f[0] + g[0];
            h[1] = f[1] + g[1];
            h[2] = f[2] + g[2];
            h[3] = f[3] + g[3];
            h[4] = f[4] + g[4];
            h[5] = f[5] + g[5];
            h[6] = f[6] + g[6];
            h[7] = f[7] + g[7];
            h[8] = f[8] + g[8];
            h[9] = f[9] + g[9];
        }

        internal static void Subtract(int[] h, int[] f, int[] g)
        {
            if (FieldOperationCounter.Enabled)
            {
                FieldOperationCounter.LinearOperations++;
            }

            h[0] = f[0] - g[0];
            h[1] = f[1] - g[1];
            h[2] = f[2] - g[2];
            h[3] = f[3] - g[3];
            h[4] = f[4] - g[4];
            h[5] = f[5] - g[5];
            h[6] = f[6] - g[6];
            h[7] = f[7] - g[7];
            h[8] = f[8] - g[8];
            h[9] = f[9] - g[9];
        }

        internal static void Negate(int[] h, int[] f)
        {
            if (FieldOperationCounter.Enabled)
            {
                FieldOperationCounter.LinearOperations++;
            }

            h[0] = -f[0];
            h[1] = -f[1];
            h[2] = -f[2];
            h[3] = -f[3];
            h[4] = -f[4];
            h[5] = -f[5];
            h[6] = -f[6];
            h[7] = -f[7];
            h[8] = -f[8];
            h[9] = -f[9];
        }

        /// <summary>h = f * g.</summary>
        internal static void Multiply(int[] h, int[] f, int[] g)
        {
            if (FieldOperationCounter.Enabled)
            {
                FieldOperationCounter.Multiplications++;
            }

            long f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
            long f5 = f[5], f6 = f[6], f7 = f[7], f8 = f[8], f9 = f[9];
            long g0 = g[0], g1 = g[1], g2 = g[2], g3 = g[3], g4 = g[4];
            long g5 = g[5], g6 = g[6], g7 = g[7], g8 = g[8], g9 = g[9];

            // A product whose position reaches 2^255 wraps to the bottom times 19 (2^255 = 19 mod p).
            long g1x19 = 19 * g1, g2x19 = 19 * g2, g3x19 = 19 * g3, g4x19 = 19 * g4, g5x19 = 19 * g5;
            long g6x19 = 19 * g6, g7x19 = 19 * g7, g8x19 = 19 * g8, g9x19 = 19 * g9;

            // Odd limbs start half a bit "late", so the product of two odd limbs lands one bit
            // above the limb it is added to: those products are doubled.
            long f1x2 = 2 * f1, f3x2 = 2 * f3, f5x2 = 2 * f5, f7x2 = 2 * f7, f9x2 = 2 * f9;

            long h0 = (f0 * g0) + (f1x2 * g9x19) + (f2 * g8x19) + (f3x2 * g7x19) + (f4 * g6x19)
                + (f5x2 * g5x19) + (f6 * g4x19) + (f7x2 * g3x19) + (f8 * g2x19) + (f9x2 * g1x19);
            long h1 = (f0 * g1) + (f1 * g0) + (f2 * g9x19) + (f3 * g8x19) + (f4 * g7x19)
                + (f5 * g6x19) + (f6 * g5x19) + (f7 * g4x19) + (f8 * g3x19) + (f9 * g2x19);
            long h2 = (f0 * g2) + (f1x2 * g1) + (f2 * g0) + (f3x2 * g9x19) + (f4 * g8x19)
                + (f5x2 * g7x19) + (f6 * g6x19) + (f7x2 * g5x19) + (f8 * g4x19) + (f9x2 * g3x19);
            long h3 = (f0 * g3) + (f1 * g2) + (f2 * g1) + (f3 * g0) + (f4 * g9x19)
                + (f5 * g8x19) + (f6 * g7x19) + (f7 * g6x19) + (f8 * g5x19) + (f9 * g4x19);
            long h4 = (f0 * g4) + (f1x2 * g3) + (f2 * g2) + (f3x2 * g1) + (f4 * g0)
                + (f5x2 * g9x19) + (f6 * g8x19) + (f7x2 * g7x19) + (f8 * g6x19) + (f9x2 * g5x19);
            long h5 = (f0 * g5) + (f1 * g4) + (f2 * g3) + (f3 * g2) + (f4 * g1)
                + (f5 * g0) + (f6 * g9x19) + (f7 * g8x19) + (f8 * g7x19) + (f9 * g6x19);
            long h6 = (f0 * g6) + (f1x2 * g5) + (f2 * g4) + (f3x2 * g3) + (f4 * g2)
                + (f5x2 * g1) + (f6 * g0) + (f7x2 * g9x19) + (f8 * g8x19) + (f9x2 * g7x19);
            long h7 = (f0 * g7) + (f1 * g6) + (f2 * g5) + (f3 * g4) + (f4 * g3)
                + (f5 * g2) + (f6 * g1) + (f7 * g0) + (f8 * g9x19) + (f9 * g8x19);
            long h8 = (f0 * g8) + (f1x2 * g7) + (f2 * g6) + (f3x2 * g5) + (f4 * g4)
                + (f5x2 * g3) + (f6 * g2) + (f7x2 * g1) + (f8 * g0) + (f9x2 * g9x19);
            long h9 = (f0 * g9) + (f1 * g8) + (f2 * g7) + (f3 * g6) + (f4 * g5)
                + (f5 * g4) + (f6 * g3) + (f7 * g2) + (f8 * g1) + (f9 * g0);

            Carry(h, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9);
        }

        /// <summary>h = f * f, using the symmetry of the product to need 55 limb products, not 100.</summary>
        internal static void Square(int[] h, int[] f)
        {
            if (FieldOperationCounter.Enabled)
            {
                FieldOperationCounter.Squarings++;
            }

            long f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
            long f5 = f[5], f6 = f[6], f7 = f[7], f8 = f[8], f9 = f[9];

            // Cross terms appear twice; wrapped terms carry 19; odd-by-odd terms carry 2 (see Multiply).
            long f0x2 = 2 * f0, f1x2 = 2 * f1, f2x2 = 2 * f2, f3x2 = 2 * f3;
            long f4x2 = 2 * f4, f5x2 = 2 * f5, f6x2 = 2 * f6, f7x2 = 2 * f7;
            long f5x38 = 38 * f5, f6x19 = 19 * f6, f7x38 = 38 * f7, f8x19 = 19 * f8, f9x38 = 38 * f9;

            long h0 = (f0 * f0) + (f1x2 * f9x38) + (f2x2 * f8x19) + (f3x2 * f7x38) + (f4x2 * f6x19) + (f5 * f5x38);
            long h1 = (f0x2 * f1) + (f2 * f9x38) + (f3x2 * f8x19) + (f4 * f7x38) + (f5x2 * f6x19);
            long h2 = (f0x2 * f2) + (f1x2 * f1) + (f3x2 * f9x38) + (f4x2 * f8x19) + (f5x2 * f7x38) + (f6 * f6x19);
            long h3 = (f0x2 * f3) + (f1x2 * f2) + (f4 * f9x38) + (f5x2 * f8x19) + (f6 * f7x38);
            long h4 = (f0x2 * f4) + (f1x2 * f3x2) + (f2 * f2) + (f5x2 * f9x38) + (f6x2 * f8x19) + (f7 * f7x38);
            long h5 = (f0x2 * f5) + (f1x2 * f4) + (f2x2 * f3) + (f6 * f9x38) + (f7x2 * f8x19);
            long h6 = (f0x2 * f6) + (f1x2 * f5x2) + (f2x2 * f4) + (f3x2 * f3) + (f7x2 * f9x38) + (f8 * f8x19);
            long h7 = (f0x2 * f7) + (f1x2 * f6) + (f2x2 * f5) + (f3x2 * f4) + (f8 * f9x38);
            long h8 = (f0x2 * f8) + (f1x2 * f7x2) + (f2x2 * f6) + (f3x2 * f5x2) + (f4 * f4) + (f9 * f9x38);
            long h9 = (f0x2 * f9) + (f1x2 * f8) + (f2x2 * f7) + (f3x2 * f6) + (f4x2 * f5);

            Carry(h, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9);
        }

        /// <summary>h = f^(2^n): n squarings in a row, as the exponent ladders need.</summary>
        internal static void SquareRepeatedly(int[] h, int[] f, int n)
        {
            Square(h, f);
            for (int i = 1; i < n; i++)
            {
                Square(h, h);
            }
        }

        /// <summary>h = 1/f (0 for 0), as f^(p-2).</summary>
        internal static void Invert(int[] h, int[] f)
        {
            var t = new int[Limbs];
            var power11 = new int[Limbs];
            PowerTwo250Minus1(t, power11, f);
            SquareRepeatedly(t, t, 5);
            Multiply(h, t, power11); // 2^255 - 32 + 11 = p - 2
        }

        /// <summary>h = f^((p-5)/8) = f^(2^252 - 3), the core of the square root in point decoding.</summary>
        internal static void PowerP58(int[] h, int[] f)
        {
            var t = new int[Limbs];
            var power11 = new int[Limbs];
            PowerTwo250Minus1(t, power11, f);
            SquareRepeatedly(t, t, 2);
            Multiply(h, t, f); // 2^252 - 4 + 1
        }

        /// <summary>
        /// Writes the canonical little-endian encoding (value below p) into 32 bytes; bit 255 is 0.
        /// </summary>
        internal static void ToBytes(byte[] output, int offset, int[] f)
        {
            // Adding 4p (limb by limb) makes every limb non-negative without changing the value
            // mod p, so plain floor carries can then bring the value into [0, 2^255).
            long h0 = f[0] + (4 * (Mask26 - 18)), h1 = f[1] + (4 * Mask25), h2 = f[2] + (4 * Mask26);
            long h3 = f[3] + (4 * Mask25), h4 = f[4] + (4 * Mask26), h5 = f[5] + (4 * Mask25);
            long h6 = f[6] + (4 * Mask26), h7 = f[7] + (4 * Mask25), h8 = f[8] + (4 * Mask26);
            long h9 = f[9] + (4 * Mask25);
            var t = new int[Limbs];
            Carry(t, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9);
            Carry(t, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9]);

            // Now 0 <= value < 2^255, every limb in range except that limb 1 may equal 2^25 (the
            // chain below absorbs that). The value is at or above p exactly when
            // value + 19 reaches 2^255; then subtract p by adding 19 and dropping bit 255.
            long q = (t[0] + 19L) >> 26;
            q = (t[1] + q) >> 25;
            q = (t[2] + q) >> 26;
            q = (t[3] + q) >> 25;
            q = (t[4] + q) >> 26;
            q = (t[5] + q) >> 25;
            q = (t[6] + q) >> 26;
            q = (t[7] + q) >> 25;
            q = (t[8] + q) >> 26;
            q = (t[9] + q) >> 25;
            long carry = t[0] + (19 * q);
            for (int i = 0; i < Limbs; i++)
            {
                int width = (i & 1) == 0 ? 26 : 25;
                long limb = i == 0 ? carry : t[i] + carry;
                t[i] = (int)(limb & ((1L << width) - 1));
                carry = limb >> width;
            }

            // Pack the 255 bits little-endian.
            long buffer = 0;
            int bits = 0;
            int at = offset;
            for (int i = 0; i < Limbs; i++)
            {
                buffer |= (long)t[i] << bits;
                bits += (i & 1) == 0 ? 26 : 25;
                while (bits >= 8)
                {
                    output[at++] = (byte)buffer;
                    buffer >>= 8;
                    bits -= 8;
                }
            }

            output[at] = (byte)buffer;
        }

        /// <summary>
        /// Reads 32 little-endian bytes, ignoring bit 255 (the sign of x in a point encoding).
        /// Values from p to 2^255 - 1 are accepted and taken mod p; callers that must refuse them
        /// check the encoding first.
        /// </summary>
        internal static void FromBytes(int[] h, byte[] input, int offset)
        {
            h[0] = ReadBits(input, offset, 0, 26);
            h[1] = ReadBits(input, offset, 26, 25);
            h[2] = ReadBits(input, offset, 51, 26);
            h[3] = ReadBits(input, offset, 77, 25);
            h[4] = ReadBits(input, offset, 102, 26);
            h[5] = ReadBits(input, offset, 128, 25);
            h[6] = ReadBits(input, offset, 153, 26);
            h[7] = ReadBits(input, offset, 179, 25);
            h[8] = ReadBits(input, offset, 204, 26);
            h[9] = ReadBits(input, offset, 230, 25);
        }

        /// <summary>True when f is 0 mod p. Uses <paramref name="scratch"/> (32 bytes) for the encoding.</summary>
        internal static bool IsZero(int[] f, byte[] scratch)
        {
            ToBytes(scratch, 0, f);
            for (int i = 0; i < 32; i++)
            {
                if (scratch[i] != 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when the canonical value of f is odd, which RFC 8032 calls "negative".</summary>
        internal static bool IsNegative(int[] f, byte[] scratch)
        {
            ToBytes(scratch, 0, f);
            return (scratch[0] & 1) != 0;
        }

        // Sequential floor carries; the carry out of limb 9 re-enters limb 0 times 19.
        private static void Carry(int[] h, long h0, long h1, long h2, long h3, long h4, long h5, long h6, long h7, long h8, long h9)
        {
            long c;
            c = h0 >> 26; h1 += c; h0 &= Mask26;
            c = h1 >> 25; h2 += c; h1 &= Mask25;
            c = h2 >> 26; h3 += c; h2 &= Mask26;
            c = h3 >> 25; h4 += c; h3 &= Mask25;
            c = h4 >> 26; h5 += c; h4 &= Mask26;
            c = h5 >> 25; h6 += c; h5 &= Mask25;
            c = h6 >> 26; h7 += c; h6 &= Mask26;
            c = h7 >> 25; h8 += c; h7 &= Mask25;
            c = h8 >> 26; h9 += c; h8 &= Mask26;
            c = h9 >> 25; h0 += c * 19; h9 &= Mask25;
            c = h0 >> 26; h1 += c; h0 &= Mask26;
            h[0] = (int)h0;
            h[1] = (int)h1;
            h[2] = (int)h2;
            h[3] = (int)h3;
            h[4] = (int)h4;
            h[5] = (int)h5;
            h[6] = (int)h6;
            h[7] = (int)h7;
            h[8] = (int)h8;
            h[9] = (int)h9;
        }

        // Every limb starts at most 7 bits into a byte and is at most 26 bits wide, so one
        // little-endian 32-bit read always covers it.
        private static int ReadBits(byte[] input, int offset, int position, int width)
        {
            int at = offset + (position >> 3);
            uint word = input[at] | ((uint)input[at + 1] << 8) | ((uint)input[at + 2] << 16) | ((uint)input[at + 3] << 24);
            return (int)((word >> (position & 7)) & ((1U << width) - 1));
        }

        // t = f^(2^250 - 1) and power11 = f^11, the shared start of both exponent ladders.
        private static void PowerTwo250Minus1(int[] t, int[] power11, int[] f)
        {
            var a = new int[Limbs];
            var b = new int[Limbs];
            Square(a, f);                       // f^2
            SquareRepeatedly(b, a, 2);          // f^8
            Multiply(b, b, f);                  // f^9
            Multiply(power11, a, b);            // f^11
            Square(a, power11);                 // f^22
            Multiply(a, a, b);                  // f^31 = f^(2^5 - 1)
            SquareRepeatedly(b, a, 5);
            Multiply(a, b, a);                  // 2^10 - 1
            SquareRepeatedly(b, a, 10);
            Multiply(b, b, a);                  // 2^20 - 1
            SquareRepeatedly(t, b, 20);
            Multiply(t, t, b);                  // 2^40 - 1
            SquareRepeatedly(t, t, 10);
            Multiply(a, t, a);                  // 2^50 - 1
            SquareRepeatedly(b, a, 50);
            Multiply(b, b, a);                  // 2^100 - 1
            SquareRepeatedly(t, b, 100);
            Multiply(t, t, b);                  // 2^200 - 1
            SquareRepeatedly(t, t, 50);
            Multiply(t, t, a);                  // 2^250 - 1
        }
    }
}
