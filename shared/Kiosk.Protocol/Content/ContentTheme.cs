namespace Kiosk.Protocol.Content;

/// <summary>The colours (BGR565) a bundle's text was blended against, and those the UI draws chrome with.</summary>
public sealed class ContentTheme
{
    public int PageBackground;
    public int Text;
    public int BarBackground;
    public int BarText;
    public int Accent;
    public int AccentText;
    public int Correct;
    public int Wrong;
}
