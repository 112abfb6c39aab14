namespace Kiosk.Content.Packaging;

/// <summary>A filled rectangle (a panel behind a button, a divider) in a BGR565 colour.</summary>
public sealed record RectItem(int X, int Y, int Width, int Height, ushort Colour) : PageItem(X, Y);
