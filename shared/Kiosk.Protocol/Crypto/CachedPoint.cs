namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// A table entry prepared for repeated addition: (Y + X, Y - X, Z, 2d * T). Paying the sums
    /// and the multiplication by 2d once per entry takes them out of every addition that uses it.
    /// </summary>
    internal sealed class CachedPoint
    {
        internal readonly int[] YPlusX = Field25519.Create();
        internal readonly int[] YMinusX = Field25519.Create();
        internal readonly int[] Z = Field25519.Create();
        internal readonly int[] T2d = Field25519.Create();

        internal void Set(ExtendedPoint p)
        {
            Field25519.Add(YPlusX, p.Y, p.X);
            Field25519.Subtract(YMinusX, p.Y, p.X);
            Field25519.Copy(Z, p.Z);
            Field25519.Multiply(T2d, p.T, EdwardsCurve.TwoD);
        }
    }
}
