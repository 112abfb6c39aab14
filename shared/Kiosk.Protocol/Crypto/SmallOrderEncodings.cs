namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// Recognises encodings of the eight points whose order divides 8 (the curve's cofactor).
    /// A public key of small order verifies signatures on many messages without knowing any
    /// secret, and a small-order R lets one signature pass for several keys; libsodium, and
    /// so the server's NSec, refuses both, and so do we, by the same byte comparison.
    /// </summary>
    /// <remarks>
    /// The points: the identity (y = 1), (0, -1) of order 2, (+-sqrt(-1), 0) of order 4, and four
    /// of order 8 whose y is one of the two square roots of (sqrt(1 + d) - 1) / d. Bit 255 (the
    /// sign of x) is ignored, and the non-canonical aliases p (of y = 0) and p + 1 (of y = 1) are
    /// included, so every spelling of these points is caught before any arithmetic.
    /// </remarks>
    internal static class SmallOrderEncodings
    {
        private static readonly byte[][] Blocked =
        {
            Small(0),         // y = 0, order 4
            Small(1),         // y = 1, the identity
            new byte[]
            {
                0x26, 0xe8, 0x95, 0x8f, 0xc2, 0xb2, 0x27, 0xb0, 0x45, 0xc3, 0xf4, 0x89, 0xf2, 0xef, 0x98, 0xf0,
                0xd5, 0xdf, 0xac, 0x05, 0xd3, 0xc6, 0x33, 0x39, 0xb1, 0x38, 0x02, 0x88, 0x6d, 0x53, 0xfc, 0x05,
            },
            new byte[]
            {
                0xc7, 0x17, 0x6a, 0x70, 0x3d, 0x4d, 0xd8, 0x4f, 0xba, 0x3c, 0x0b, 0x76, 0x0d, 0x10, 0x67, 0x0f,
                0x2a, 0x20, 0x53, 0xfa, 0x2c, 0x39, 0xcc, 0xc6, 0x4e, 0xc7, 0xfd, 0x77, 0x92, 0xac, 0x03, 0x7a,
            },
            PrimePlus(-1),    // y = -1, order 2
            PrimePlus(0),     // y = p, a non-canonical 0
            PrimePlus(1),     // y = p + 1, a non-canonical 1
        };

        internal static bool Contains(byte[] encoding, int offset)
        {
            for (int i = 0; i < Blocked.Length; i++)
            {
                byte[] blocked = Blocked[i];
                bool same = (encoding[offset + 31] & 0x7f) == blocked[31];
                for (int j = 0; same && j < 31; j++)
                {
                    same = encoding[offset + j] == blocked[j];
                }

                if (same)
                {
                    return true;
                }
            }

            return false;
        }

        private static byte[] Small(byte value)
        {
            var bytes = new byte[32];
            bytes[0] = value;
            return bytes;
        }

        // Little-endian p + delta, for the few deltas around p that matter here.
        private static byte[] PrimePlus(int delta)
        {
            var bytes = new byte[32];
            for (int i = 1; i < 31; i++)
            {
                bytes[i] = 0xff;
            }

            bytes[31] = 0x7f;
            bytes[0] = (byte)(0xed + delta);
            return bytes;
        }
    }
}
