namespace Kiosk.Firmware.Esp32.Boards;

/// <summary>How the screen is brought up: by the M5Core2 package, or by DisplayControl with a managed driver.</summary>
public enum DisplayKind
{
    M5Core2Ili9342C,
    Ili9341,
    St7796S
}
