using Kiosk.Firmware.Platform;

namespace Kiosk.Cli.Content;

/// <summary>The kiosk's display in memory: strips the renderer writes land in one frame.</summary>
internal sealed class PreviewDisplay(int width, int height) : IDisplay
{
    public int Width => width;

    public int Height => height;

    public ushort[] Frame { get; } = new ushort[width * height];

    public void Write(int x, int y, int w, int h, ushort[] bgr565)
    {
        if (x < 0 || y < 0 || x + w > width || y + h > height)
        {
            throw new InvalidOperationException($"The renderer wrote ({x},{y},{w},{h}) outside the {width}x{height} screen.");
        }
        for (int row = 0; row < h; row++)
        {
            Array.Copy(bgr565, row * w, Frame, ((y + row) * width) + x, w);
        }
    }
}
