namespace Kiosk.Content.Packaging;

/// <summary>Something drawn on a page, at (X, Y) from the content area's top-left corner.</summary>
public abstract record PageItem(int X, int Y);
