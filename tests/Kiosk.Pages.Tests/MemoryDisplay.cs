using Kiosk.Firmware.Platform;

namespace Kiosk.Pages.Tests;

/// <summary>
/// The only stand-in of these tests: a screen in memory. Every strip written is checked to lie
/// inside the screen and copied into a full frame.
/// </summary>
internal sealed class MemoryDisplay(int width, int height) : IDisplay
{
    public int Width => width;

    public int Height => height;

    public ushort[] Frame { get; } = new ushort[width * height];

    public int Writes { get; private set; }

    public void Write(int x, int y, int w, int h, ushort[] bgr565)
    {
        // Plain exceptions rather than asserts: the benchmarks use this display too.
        if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > width || y + h > height)
        {
            throw new InvalidOperationException($"Write ({x},{y},{w},{h}) is outside the {width}x{height} screen.");
        }
        if (bgr565.Length < w * h)
        {
            throw new InvalidOperationException("The strip buffer is shorter than the rectangle written.");
        }
        for (int row = 0; row < h; row++)
        {
            Array.Copy(bgr565, row * w, Frame, ((y + row) * width) + x, w);
        }
        Writes++;
    }

    public void Fill(ushort colour) => Array.Fill(Frame, colour);

    public ushort At(int x, int y) => Frame[(y * width) + x];
}
