namespace Kiosk.Content.Packaging;

/// <summary>
/// One atlas entry as the compiler sees it: a shaped cluster rendered to 4-bit coverage
/// (0..15, row-major, <see cref="Width"/> × <see cref="Height"/>) of its ink box, which sits at
/// (<see cref="Left"/>, <see cref="Top"/>) from the cluster's pen origin on the baseline.
/// </summary>
public sealed record GlyphCluster(int Width, int Height, int Left, int Top, byte[] Coverage)
{
    public byte CoverageAt(int x, int y) => Coverage[(y * Width) + x];
}
