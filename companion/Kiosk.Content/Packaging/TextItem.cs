namespace Kiosk.Content.Packaging;

/// <summary>A text block from the <c>text</c> section, its box's top-left corner at (X, Y).</summary>
public sealed record TextItem(int X, int Y, int BlockId) : PageItem(X, Y);
