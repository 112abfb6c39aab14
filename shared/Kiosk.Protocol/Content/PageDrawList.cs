namespace Kiosk.Protocol.Content;

/// <summary>
/// One page as read from the <c>pages</c> section: its content-area size and background, and up
/// to <see cref="ContentFormat.MaxPageItems"/> draw items in painting order. Arrays are allocated
/// once and refilled for every page, so turning a page allocates nothing.
/// </summary>
public sealed class PageDrawList
{
    public int Id;
    public int Width;
    public int Height;
    public int Background;
    public int Count;

    /// <summary><see cref="ContentFormat.ItemRect"/>, ItemImage or ItemText.</summary>
    public readonly int[] Kind = new int[ContentFormat.MaxPageItems];
    public readonly int[] X = new int[ContentFormat.MaxPageItems];
    public readonly int[] Y = new int[ContentFormat.MaxPageItems];

    /// <summary>Rect size; zero for images and text, whose size is in their own records.</summary>
    public readonly int[] ItemWidth = new int[ContentFormat.MaxPageItems];
    public readonly int[] ItemHeight = new int[ContentFormat.MaxPageItems];

    /// <summary>Image or text block id; the BGR565 colour for a rect.</summary>
    public readonly int[] Value = new int[ContentFormat.MaxPageItems];
}
