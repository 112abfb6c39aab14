using Kiosk.Protocol.Content;

namespace Kiosk.Content.Packaging;

/// <summary>A rectangle of a display profile, in screen pixels.</summary>
public sealed record ProfileRect(int X, int Y, int Width, int Height)
{
    public ScreenRect ToScreenRect() => new(X, Y, Width, Height);
}
