using SkiaSharp;

namespace Kiosk.Content.Packaging;

/// <summary>
/// The kiosk panels' pixel format: blue in the top five bits, green in the middle six, red in
/// the low five (what ILI9341/ST7789 panels take in BGR mode, as one ushort per pixel).
/// </summary>
public static class Bgr565
{
    public static ushort FromColor(SKColor color) =>
        (ushort)(((color.Blue >> 3) << 11) | ((color.Green >> 2) << 5) | (color.Red >> 3));

    /// <summary>From 0xAARRGGBB, as <see cref="Kiosk.Typesetting.TextStyle.Color"/> holds it.</summary>
    public static ushort FromArgb(uint argb) => FromColor(new SKColor(argb));

    /// <summary>Back to 8-bit channels, replicating high bits into the low ones.</summary>
    public static SKColor ToColor(ushort value)
    {
        int blue = (value >> 11) & 0x1F;
        int green = (value >> 5) & 0x3F;
        int red = value & 0x1F;
        return new SKColor((byte)((red << 3) | (red >> 2)), (byte)((green << 2) | (green >> 4)), (byte)((blue << 3) | (blue >> 2)));
    }
}
