namespace Kiosk.Firmware.Platform;

/// <summary>
/// The screen, as the renderer sees it: a rectangle of BGR565 pixels written in strips, because a
/// board without PSRAM cannot hold a whole frame. Adapters map this to DisplayControl.Write on
/// the device and to a bitmap in the simulator.
/// </summary>
public interface IDisplay
{
    int Width { get; }

    int Height { get; }

    /// <summary>
    /// Copies <paramref name="width"/> x <paramref name="height"/> pixels, row by row, from
    /// <paramref name="bgr565"/> to the screen at (<paramref name="x"/>, <paramref name="y"/>).
    /// The caller keeps and reuses the array; the adapter must not hold on to it.
    /// </summary>
    void Write(int x, int y, int width, int height, ushort[] bgr565);
}
