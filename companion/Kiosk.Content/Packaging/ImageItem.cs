namespace Kiosk.Content.Packaging;

/// <summary>An illustration from the <c>images</c> section, top-left corner at (X, Y).</summary>
public sealed record ImageItem(int X, int Y, int ImageId) : PageItem(X, Y);
