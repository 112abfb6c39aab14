namespace Kiosk.Content.Packaging;

/// <summary>A picture as palette indices (row-major) and a BGR565 palette of at most 256 colours.</summary>
public sealed record IndexedImage(int Width, int Height, ushort[] Palette, byte[] Indices)
{
    public ushort ColourAt(int x, int y) => Palette[Indices[(y * Width) + x]];
}
