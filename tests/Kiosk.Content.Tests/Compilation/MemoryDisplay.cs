using Kiosk.Firmware.Platform;

namespace Kiosk.Content.Tests.Compilation;

/// <summary>A screen in memory for the device renderer; every strip written must lie on the screen.</summary>
internal sealed class MemoryDisplay(int width, int height) : IDisplay
{
    public int Width => width;

    public int Height => height;

    public ushort[] Frame { get; } = new ushort[width * height];

    public void Write(int x, int y, int w, int h, ushort[] bgr565)
    {
        Assert.True(x >= 0 && y >= 0 && w > 0 && h > 0 && x + w <= width && y + h <= height,
            $"The renderer wrote ({x},{y},{w},{h}) outside the {width}x{height} screen.");
        for (int row = 0; row < h; row++)
        {
            Array.Copy(bgr565, row * w, Frame, ((y + row) * width) + x, w);
        }
    }

    public ushort At(int x, int y) => Frame[(y * width) + x];
}
