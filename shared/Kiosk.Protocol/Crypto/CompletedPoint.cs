namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// The raw result of a doubling or an addition, ((E : G), (H : F)) with x = E/G and y = H/F.
    /// Leaving the four final multiplications to <see cref="ToProjective"/> or
    /// <see cref="ToExtended"/> lets the caller skip T (one multiplication) whenever the next step
    /// is a doubling, which is most steps.
    /// </summary>
    /// <remarks>
    /// Formulas: the a = -1 doubling and the "add-2008-hwcd-3" addition of Hisil et al., which are
    /// complete on edwards25519 (no special cases for the identity or for doubling by addition).
    /// </remarks>
    internal sealed class CompletedPoint
    {
        private readonly int[] e = Field25519.Create();
        private readonly int[] f = Field25519.Create();
        private readonly int[] g = Field25519.Create();
        private readonly int[] h = Field25519.Create();
        private readonly int[] scratch = Field25519.Create();

        /// <summary>this = 2p. Reads only X, Y, Z, so a projective accumulator is enough.</summary>
        internal void SetDouble(ProjectivePoint p)
        {
            // All four of E, F, G, H come out negated compared with the paper; the conversions
            // multiply them in pairs, so the signs cancel and two negations are saved.
            Field25519.Square(e, p.X);              // A = X^2
            Field25519.Square(g, p.Y);              // B = Y^2
            Field25519.Square(f, p.Z);
            Field25519.Add(f, f, f);                // C = 2 Z^2
            Field25519.Add(h, e, g);                // -H = A + B
            Field25519.Subtract(g, e, g);           // -G = A - B
            Field25519.Add(f, f, g);                // -F = C - G
            Field25519.Add(scratch, p.X, p.Y);
            Field25519.Square(scratch, scratch);
            Field25519.Subtract(e, h, scratch);     // -E = A + B - (X + Y)^2
        }

        /// <summary>this = p + q.</summary>
        internal void SetSum(ExtendedPoint p, CachedPoint q)
        {
            Combine(p, q.YPlusX, q.YMinusX, q, false);
        }

        /// <summary>this = p - q; -q swaps Y + X with Y - X and negates T.</summary>
        internal void SetDifference(ExtendedPoint p, CachedPoint q)
        {
            Combine(p, q.YMinusX, q.YPlusX, q, true);
        }

        internal void ToProjective(ProjectivePoint r)
        {
            Field25519.Multiply(r.X, e, f);
            Field25519.Multiply(r.Y, g, h);
            Field25519.Multiply(r.Z, f, g);
        }

        internal void ToExtended(ExtendedPoint r)
        {
            Field25519.Multiply(r.X, e, f);
            Field25519.Multiply(r.Y, g, h);
            Field25519.Multiply(r.Z, f, g);
            Field25519.Multiply(r.T, e, h);
        }

        private void Combine(ExtendedPoint p, int[] qYPlusX, int[] qYMinusX, CachedPoint q, bool subtract)
        {
            Field25519.Subtract(f, p.Y, p.X);
            Field25519.Multiply(f, f, qYMinusX);    // A = (Y1 - X1)(Y2 - X2)
            Field25519.Add(h, p.Y, p.X);
            Field25519.Multiply(h, h, qYPlusX);     // B = (Y1 + X1)(Y2 + X2)
            Field25519.Subtract(e, h, f);           // E = B - A
            Field25519.Add(h, h, f);                // H = B + A
            Field25519.Multiply(f, p.T, q.T2d);     // C = 2d T1 T2 (its sign flips for p - q)
            Field25519.Multiply(scratch, p.Z, q.Z);
            Field25519.Add(scratch, scratch, scratch); // D = 2 Z1 Z2
            if (subtract)
            {
                Field25519.Subtract(g, scratch, f);
                Field25519.Add(f, scratch, f);
            }
            else
            {
                Field25519.Add(g, scratch, f);      // G = D + C
                Field25519.Subtract(f, scratch, f); // F = D - C
            }
        }
    }
}
