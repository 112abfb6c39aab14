namespace Kiosk.Firmware.Esp32.Boards;

public enum TouchKind
{
    Ft6336,
    Xpt2046
}
