namespace Kiosk.Firmware.Platform;

public interface IDisplay
{
    int Width { get; }

    int Height { get; }

    void Write(int x, int y, int width, int height, ushort[] bgr565);
}
