namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// A point of edwards25519 as (X : Y : Z) with x = X/Z, y = Y/Z. The accumulator of the
    /// scalar multiplication lives in this form because doubling needs nothing more.
    /// </summary>
    internal class ProjectivePoint
    {
        internal readonly int[] X = Field25519.Create();
        internal readonly int[] Y = Field25519.Create();
        internal readonly int[] Z = Field25519.Create();

        internal void SetIdentity()
        {
            Field25519.SetZero(X);
            Field25519.SetOne(Y);
            Field25519.SetOne(Z);
        }
    }
}
