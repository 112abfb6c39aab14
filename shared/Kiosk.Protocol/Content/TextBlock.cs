namespace Kiosk.Protocol.Content;

/// <summary>
/// The header of one text block: a laid-out paragraph (or label) as glyph placements, in a box,
/// with the colour pair its anti-aliasing was blended for.
/// </summary>
public sealed class TextBlock
{
    public int Id;

    /// <summary>Box size in pixels; no glyph ink lies outside it.</summary>
    public int Width;
    public int Height;

    /// <summary>BGR565 colours of the text and of the background it is drawn on.</summary>
    public int Foreground;
    public int Background;

    /// <summary>Pen advance of the widest line, for placing numbers or other blocks after it.</summary>
    public int Advance;

    public int SegmentCount;

    /// <summary>Where the first segment starts in the section, and where the block ends.</summary>
    public int FirstSegment;
    public int End;
}
