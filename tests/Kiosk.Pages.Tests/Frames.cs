using System.Runtime.InteropServices;
using Kiosk.Content.Packaging;
using Kiosk.Typesetting;
using SkiaSharp;

namespace Kiosk.Pages.Tests;

/// <summary>Conversions and measures between device frames (BGR565) and Skia bitmaps.</summary>
internal static class Frames
{
    /// <summary>The reference as the panel would show it: each pixel through BGR565.</summary>
    public static ushort[] ToFrame(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        var frame = new ushort[bitmap.Width * bitmap.Height];
        for (int i = 0; i < frame.Length; i++)
        {
            frame[i] = Bgr565.FromColor(new SKColor(pixels[4 * i], pixels[(4 * i) + 1], pixels[(4 * i) + 2]));
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

    /// <summary>Saves the device frame, the reference and their difference (red, ×4) side by side.</summary>
    public static void Save(string path, ushort[] device, ushort[] reference, int width, int height)
    {
        var rgba = new byte[width * 3 * height * 4];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int i = (y * width) + x;
                byte d = (byte)Math.Min(255, ChannelDifference(device[i], reference[i]) * 4);
                Put(rgba, (y * width * 3) + x, Bgr565.ToColor(device[i]));
                Put(rgba, (y * width * 3) + x + width, Bgr565.ToColor(reference[i]));
                Put(rgba, (y * width * 3) + x + (2 * width), new SKColor(255, (byte)(255 - d), (byte)(255 - d)));
            }
        }
        using var sheet = new SKBitmap(new SKImageInfo(width * 3, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        Marshal.Copy(rgba, 0, sheet.GetPixels(), rgba.Length);
        TextRasterizer.SavePng(sheet, path);
    }

    private static void Put(byte[] rgba, int pixel, SKColor colour)
    {
        rgba[4 * pixel] = colour.Red;
        rgba[(4 * pixel) + 1] = colour.Green;
        rgba[(4 * pixel) + 2] = colour.Blue;
        rgba[(4 * pixel) + 3] = 255;
    }
}
