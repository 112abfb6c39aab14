namespace Kiosk.Protocol.Content;

/// <summary>
/// A run of glyph placements on one baseline. Each placement is an atlas entry and the distance
/// from the previous placement's pen origin (the first from <see cref="OriginX"/>).
/// </summary>
public sealed class TextSegment
{
    public int Index;
    public int OriginX;
    public int BaselineY;

    /// <summary>Rows of the block this segment's ink covers, so strips outside it skip it unread.</summary>
    public int InkTop;
    public int InkHeight;

    public int Count;
    public int PlacementsStart;
    public int Next;
}
