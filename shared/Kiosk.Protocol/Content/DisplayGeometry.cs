namespace Kiosk.Protocol.Content;

/// <summary>
/// The display profile a bundle was compiled for (hardware/profiles/*.json): the compiler laid
/// out every page for these numbers, and the kiosk places chrome and pages with the same ones.
/// </summary>
public sealed class DisplayGeometry
{
    public string ProfileId;
    public int Width;
    public int Height;

    /// <summary>Title and "Get help" bar, the page area, and the back/next/progress bar.</summary>
    public ScreenRect TopBar;
    public ScreenRect Content;
    public ScreenRect BottomBar;

    /// <summary>Rows per strip the renderer should use on this profile's boards.</summary>
    public int StripHeight;

    /// <summary>Smallest touch target side in pixels (about 9 mm on this profile's panels).</summary>
    public int MinTouchTarget;

    public int Margin;
    public int TitleSize;
    public int BodySize;
    public int ButtonSize;
    public int CaptionSize;
}
