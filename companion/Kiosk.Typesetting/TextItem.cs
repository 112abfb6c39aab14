namespace Kiosk.Typesetting;

/// <summary>A maximal stretch of text with one bidi level, one script and one face: the unit HarfBuzz shapes.</summary>
internal sealed record TextItem(int Start, int Length, byte Level, string Script, FontFace Face)
{
    public int End => Start + Length;

    public bool IsRightToLeft => (Level & 1) == 1;
}
