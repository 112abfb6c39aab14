namespace Kiosk.Firmware.Platform;

/// <summary>
/// One reading of the touch panel in screen pixels. A plain class the caller allocates once and
/// hands to <see cref="ITouchPanel.TryRead"/> on every poll, so polling allocates nothing.
/// </summary>
public sealed class TouchSample
{
    public int X;

    public int Y;

    /// <summary>True while a finger is down; X and Y then hold its position.</summary>
    public bool Pressed;
}
