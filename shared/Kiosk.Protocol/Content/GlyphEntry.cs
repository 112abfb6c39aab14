namespace Kiosk.Protocol.Content;

/// <summary>
/// One glyph cluster of the atlas: its ink box size, where that box sits relative to the
/// cluster's pen origin on the baseline, and where its coverage runs are stored.
/// </summary>
public sealed class GlyphEntry
{
    public int Id;
    public int Width;
    public int Height;

    /// <summary>Ink box left edge minus pen x.</summary>
    public int Left;

    /// <summary>Ink box top edge minus baseline y (negative above the baseline).</summary>
    public int Top;

    public int DataStart;
    public int DataLength;
}
