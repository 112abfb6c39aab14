namespace Kiosk.Firmware.Input;

/// <summary>
/// How far the picture is turned clockwise from the panel's native scan order (its first pixel
/// row along the short or long edge, as the controller's datasheet draws it).
/// </summary>
public enum ScreenRotation
{
    None = 0,
    Clockwise90 = 1,
    Clockwise180 = 2,
    Clockwise270 = 3
}
