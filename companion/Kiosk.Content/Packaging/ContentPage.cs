namespace Kiosk.Content.Packaging;

/// <summary>
/// One page as the compiler composes it for a display profile's content area: background and
/// draw items in painting order. Right-to-left pages are mirrored by the compiler before this.
/// </summary>
public sealed record ContentPage(int Width, int Height, ushort Background, IReadOnlyList<PageItem> Items);
