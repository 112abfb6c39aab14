using Kiosk.Firmware.Platform;

namespace Kiosk.Simulator.Devices;

/// <summary>
/// A kiosk screen in memory: BGR565 pixels the renderer writes in strips. A write that reaches
/// outside the screen or outside the array it hands over throws, so tests and the simulator
/// catch a renderer or layout that draws where no panel would. Reads (the web page, screenshots)
/// take a copy under a lock while the kiosk loop may be writing.
/// </summary>
public sealed class FrameBufferDisplay(int width, int height) : IDisplay
{
    private readonly ushort[] _pixels = new ushort[width * height];
    private readonly object _sync = new();
    private int _left;
    private int _top;
    private int _right;
    private int _bottom;

    public int Width => width;

    public int Height => height;

    /// <summary>Raised once per write; increases so a viewer can tell a frame changed.</summary>
    public long Version { get; private set; }

    /// <summary>Pixels written since the last <see cref="ResetCounters"/>.</summary>
    public long PixelsWritten { get; private set; }

    public int Writes { get; private set; }

    /// <summary>The smallest rectangle holding every write since the last reset (empty when none).</summary>
    public (int X, int Y, int Width, int Height) WrittenBounds =>
        Writes == 0 ? (0, 0, 0, 0) : (_left, _top, _right - _left, _bottom - _top);

    public void Write(int x, int y, int width, int height, ushort[] bgr565)
    {
        if (x < 0 || y < 0 || width < 1 || height < 1 || x + width > Width || y + height > Height)
        {
            throw new ArgumentOutOfRangeException(nameof(x), $"Write of {width}x{height} at ({x},{y}) leaves the {Width}x{Height} screen.");
        }
        if (bgr565.Length < width * height)
        {
            throw new ArgumentException("The strip holds fewer pixels than the rectangle.", nameof(bgr565));
        }
        lock (_sync)
        {
            for (int row = 0; row < height; row++)
            {
                Array.Copy(bgr565, row * width, _pixels, ((y + row) * Width) + x, width);
            }
            PixelsWritten += (long)width * height;
            _left = Writes == 0 ? x : Math.Min(_left, x);
            _top = Writes == 0 ? y : Math.Min(_top, y);
            _right = Writes == 0 ? x + width : Math.Max(_right, x + width);
            _bottom = Writes == 0 ? y + height : Math.Max(_bottom, y + height);
            Writes++;
            Version++;
        }
    }

    public void ResetCounters()
    {
        lock (_sync)
        {
            PixelsWritten = 0;
            Writes = 0;
        }
    }

    /// <summary>A copy of the screen, row by row.</summary>
    public ushort[] Snapshot()
    {
        lock (_sync)
        {
            return (ushort[])_pixels.Clone();
        }
    }

    /// <summary>The screen as little-endian BGR565 bytes, with the version it shows.</summary>
    public byte[] SnapshotBytes(out long version)
    {
        lock (_sync)
        {
            var bytes = new byte[_pixels.Length * 2];
            Buffer.BlockCopy(_pixels, 0, bytes, 0, bytes.Length);
            version = Version;
            return bytes;
        }
    }
}
