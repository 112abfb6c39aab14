namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// The curve edwards25519, -x^2 + y^2 = 1 + d x^2 y^2 over GF(2^255 - 19) (RFC 8032 5.1):
    /// its constants, point decoding and encoding, and the table of odd multiples of the base point.
    /// </summary>
    /// <remarks>
    /// The constants are computed from their definitions in the static constructor instead of
    /// being pasted in as limbs, so there is nothing to mistype. It costs about a third of one
    /// verification, once: on .NET at first use, on nanoFramework possibly at start-up, since its
    /// runtime may run static constructors eagerly.
    /// </remarks>
    internal static class EdwardsCurve
    {
        /// <summary>Odd multiples 1, 3, ..., 15 per table: digits of a width-5 sliding window.</summary>
        internal const int TableSize = 8;

        internal static readonly int[] D;
        internal static readonly int[] TwoD;
        internal static readonly int[] SqrtMinusOne;

        /// <summary>B, 3B, 5B, ..., 15B for the base point B.</summary>
        internal static readonly CachedPoint[] BaseOddMultiples;

        static EdwardsCurve()
        {
            D = Field25519.FromInt(121666);
            Field25519.Invert(D, D);
            Field25519.Multiply(D, D, Field25519.FromInt(-121665));
            TwoD = Field25519.Create();
            Field25519.Add(TwoD, D, D);

            // RFC 8032 5.1.3 names 2^((p-1)/4) as the square root of -1; (p-1)/4 = 2^253 - 5.
            var two = Field25519.FromInt(2);
            SqrtMinusOne = Field25519.Create();
            Field25519.PowerP58(SqrtMinusOne, two);
            Field25519.Square(SqrtMinusOne, SqrtMinusOne);
            Field25519.Multiply(SqrtMinusOne, SqrtMinusOne, two);

            // B is the point with y = 4/5 and even ("positive") x.
            var basePoint = new ExtendedPoint();
            Field25519.Invert(basePoint.Y, Field25519.FromInt(5));
            Field25519.Multiply(basePoint.Y, basePoint.Y, Field25519.FromInt(4));
            TryRecoverX(basePoint, false, new byte[32]);
            BaseOddMultiples = new CachedPoint[TableSize];
            FillOddMultiples(basePoint, BaseOddMultiples);
        }

        /// <summary>
        /// True when the 255-bit y of an encoding is below p. RFC 8032 5.1.3 requires decoders to
        /// refuse y >= p, and libsodium does, so the same key is either valid on both or on neither.
        /// </summary>
        internal static bool IsCanonicalEncoding(byte[] encoding, int offset)
        {
            // y >= p only when y is p + 0 .. p + 18: bits 8..254 all ones and the low byte >= 0xed.
            if ((encoding[offset + 31] & 0x7f) != 0x7f)
            {
                return true;
            }

            for (int i = 30; i > 0; i--)
            {
                if (encoding[offset + i] != 0xff)
                {
                    return true;
                }
            }

            return encoding[offset] < 0xed;
        }

        /// <summary>
        /// Decodes a canonical point encoding (RFC 8032 5.1.3) into <paramref name="result"/>;
        /// false when no point has that y or when x = 0 carries a set sign bit.
        /// </summary>
        internal static bool TryDecode(byte[] encoding, int offset, ExtendedPoint result, byte[] scratch)
        {
            if (!IsCanonicalEncoding(encoding, offset))
            {
                return false;
            }

            Field25519.FromBytes(result.Y, encoding, offset);
            return TryRecoverX(result, (encoding[offset + 31] & 0x80) != 0, scratch);
        }

        /// <summary>Writes the 32-byte encoding of p: y with the parity of x in bit 255.</summary>
        internal static void Encode(ProjectivePoint p, byte[] output, int offset)
        {
            var inverseZ = Field25519.Create();
            var x = Field25519.Create();
            var y = Field25519.Create();
            Field25519.Invert(inverseZ, p.Z);
            Field25519.Multiply(x, p.X, inverseZ);
            Field25519.Multiply(y, p.Y, inverseZ);
            var parity = new byte[32];
            bool negative = Field25519.IsNegative(x, parity);
            Field25519.ToBytes(output, offset, y);
            if (negative)
            {
                output[offset + 31] |= 0x80;
            }
        }

        /// <summary>Fills table[i] with (2i + 1) * p for i = 0 .. 7.</summary>
        internal static void FillOddMultiples(ExtendedPoint p, CachedPoint[] table)
        {
            var sum = new CompletedPoint();
            var twice = new ExtendedPoint();
            sum.SetDouble(p);
            sum.ToExtended(twice);
            var twiceCached = new CachedPoint();
            twiceCached.Set(twice);

            table[0] = new CachedPoint();
            table[0].Set(p);
            var multiple = new ExtendedPoint();
            ExtendedPoint previous = p;
            for (int i = 1; i < table.Length; i++)
            {
                sum.SetSum(previous, twiceCached);
                sum.ToExtended(multiple);
                table[i] = new CachedPoint();
                table[i].Set(multiple);
                previous = multiple;
            }
        }

        // Given Y (with Z unset), solves x^2 = (y^2 - 1) / (d y^2 + 1) by RFC 8032 5.1.3's method:
        // one exponentiation gives a candidate root of u/v without a separate inversion.
        private static bool TryRecoverX(ExtendedPoint point, bool negative, byte[] scratch)
        {
            var u = Field25519.Create();
            var v = Field25519.Create();
            var v3 = Field25519.Create();
            var x = point.X;
            var check = Field25519.Create();

            Field25519.Square(u, point.Y);
            Field25519.Multiply(v, u, D);
            Field25519.SetOne(check);
            Field25519.Subtract(u, u, check);           // u = y^2 - 1
            Field25519.Add(v, v, check);                // v = d y^2 + 1
            Field25519.Square(v3, v);
            Field25519.Multiply(v3, v3, v);             // v^3
            Field25519.Square(x, v3);
            Field25519.Multiply(x, x, v);               // v^7
            Field25519.Multiply(x, x, u);               // u v^7
            Field25519.PowerP58(x, x);                  // (u v^7)^((p-5)/8)
            Field25519.Multiply(x, x, v3);
            Field25519.Multiply(x, x, u);               // x = u v^3 (u v^7)^((p-5)/8)

            Field25519.Square(check, x);
            Field25519.Multiply(check, check, v);       // v x^2
            Field25519.Subtract(v3, check, u);
            if (!Field25519.IsZero(v3, scratch))
            {
                Field25519.Add(v3, check, u);
                if (!Field25519.IsZero(v3, scratch))
                {
                    return false;                       // u/v is not a square: no such point
                }

                Field25519.Multiply(x, x, SqrtMinusOne);
            }

            if (Field25519.IsZero(x, scratch) && negative)
            {
                return false;
            }

            if (Field25519.IsNegative(x, scratch) != negative)
            {
                Field25519.Negate(x, x);
            }

            Field25519.SetOne(point.Z);
            Field25519.Multiply(point.T, x, point.Y);
            return true;
        }
    }
}
