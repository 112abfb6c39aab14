namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// A point in extended coordinates (X : Y : Z : T) with T = XY/Z (Hisil, Wong, Carter and
    /// Dawson 2008). The extra coordinate is what makes an addition cost 8 multiplications
    /// instead of 10, so every point that is about to be added to is converted to this form.
    /// </summary>
    internal sealed class ExtendedPoint : ProjectivePoint
    {
        internal readonly int[] T = Field25519.Create();
    }
}
