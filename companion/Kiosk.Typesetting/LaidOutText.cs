namespace Kiosk.Typesetting;

/// <summary>The result of laying out one paragraph in a box.</summary>
/// <param name="Text">The paragraph text that was laid out.</param>
/// <param name="Language">BCP 47 language tag given to the layout.</param>
/// <param name="Style">The style used.</param>
/// <param name="BoxWidth">Box width in pixels.</param>
/// <param name="BoxHeight">Box height in pixels.</param>
/// <param name="Direction">Resolved paragraph direction.</param>
/// <param name="Lines">Lines that fit in the box, top to bottom.</param>
/// <param name="Overflow">True when the text did not fit: lines were left out because the box is
/// not tall enough, or a single grapheme is wider than the box.</param>
/// <param name="FittedLength">UTF-16 code units of Text covered by Lines; the rest did not fit and
/// can start the next page.</param>
/// <param name="InkBounds">Union of the outline bounds of every glyph drawn, in box pixels.</param>
public sealed record LaidOutText(
    string Text,
    string Language,
    TextStyle Style,
    int BoxWidth,
    int BoxHeight,
    TextDirection Direction,
    IReadOnlyList<TextLine> Lines,
    bool Overflow,
    int FittedLength,
    TextBounds InkBounds)
{
    /// <summary>True when some line had to cut a word that was wider than the box.</summary>
    public bool HasBrokenWord => Lines.Any(line => line.IsWordBroken);
}
