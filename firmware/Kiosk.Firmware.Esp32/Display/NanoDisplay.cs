using Kiosk.Firmware.Platform;
using nanoFramework.UI;

namespace Kiosk.Firmware.Esp32.Display;

/// <summary>
/// <see cref="IDisplay"/> over nanoFramework's <c>DisplayControl.Write</c>, which copies a block
/// of BGR565 pixels straight to the controller. The core already renders BGR565, so nothing is
/// converted and nothing is allocated per call.
/// </summary>
public sealed class NanoDisplay : IDisplay
{
    public NanoDisplay(int width, int height)
    {
        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    public void Write(int x, int y, int width, int height, ushort[] bgr565)
    {
        DisplayControl.Write((ushort)x, (ushort)y, (ushort)width, (ushort)height, bgr565);
    }
}
