namespace Kiosk.Typesetting;

/// <summary>The resolved base direction of a paragraph (UAX #9 paragraph level).</summary>
public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}
