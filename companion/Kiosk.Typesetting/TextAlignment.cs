namespace Kiosk.Typesetting;

/// <summary>Where lines sit horizontally. Start follows the paragraph direction (right for Arabic).</summary>
public enum TextAlignment
{
    Start,
    Centre,
}
