using Kiosk.Content.Packaging;
using SkiaSharp;

namespace Kiosk.Pages.Tests;

/// <summary>Conversions and measures between device frames (BGR565) and Skia bitmaps.</summary>
internal static class Frames
{
    public static SKBitmap ToBitmap(ushort[] frame, int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, Bgr565.ToColor(frame[(y * width) + x]));
            }
        }
        return bitmap;
    }

    /// <summary>The reference as the panel would show it: each pixel through BGR565.</summary>
    public static ushort[] ToFrame(SKBitmap bitmap)
    {
        var frame = new ushort[bitmap.Width * bitmap.Height];
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                frame[(y * bitmap.Width) + x] = Bgr565.FromColor(bitmap.GetPixel(x, y));
            }
        }
        return frame;
    }

    /// <summary>Mean absolute difference per 8-bit channel over a rectangle.</summary>
    public static double MeanAbsoluteDifference(ushort[] a, ushort[] b, int width, SKRectI area)
    {
        long sum = 0;
        for (int y = area.Top; y < area.Bottom; y++)
        {
            for (int x = area.Left; x < area.Right; x++)
            {
                sum += ChannelDifference(a[(y * width) + x], b[(y * width) + x]);
            }
        }
        return sum / (3.0 * area.Width * area.Height);
    }

    public static int ChannelDifference(ushort a, ushort b)
    {
        var ca = Bgr565.ToColor(a);
        var cb = Bgr565.ToColor(b);
        return Math.Abs(ca.Red - cb.Red) + Math.Abs(ca.Green - cb.Green) + Math.Abs(ca.Blue - cb.Blue);
    }

    /// <summary>Saves the device frame, the reference and their difference side by side.</summary>
    public static void Save(string path, ushort[] device, ushort[] reference, int width, int height)
    {
        using var sheet = new SKBitmap(new SKImageInfo(width * 3, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int i = (y * width) + x;
                sheet.SetPixel(x, y, Bgr565.ToColor(device[i]));
                sheet.SetPixel(x + width, y, Bgr565.ToColor(reference[i]));
                byte d = (byte)Math.Min(255, ChannelDifference(device[i], reference[i]) * 4);
                sheet.SetPixel(x + (2 * width), y, new SKColor(255, (byte)(255 - d), (byte)(255 - d)));
            }
        }
        Kiosk.Typesetting.TextRasterizer.SavePng(sheet, path);
    }
}
