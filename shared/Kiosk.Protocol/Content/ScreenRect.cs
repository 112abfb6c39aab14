namespace Kiosk.Protocol.Content;

/// <summary>A rectangle on the screen in pixels.</summary>
public sealed class ScreenRect
{
    public int X;
    public int Y;
    public int Width;
    public int Height;

    public ScreenRect()
    {
    }

    public ScreenRect(int x, int y, int width, int height)
    {
        X = x;
        Y = y;
        Width = width;
        Height = height;
    }
}
