using System;
using System.Diagnostics;

namespace Kiosk.Firmware.Esp32.Diagnostics;

/// <summary>
/// The serial log technicians read (hardware/diagnostics.md). One line per event, prefixed with
/// seconds since boot, never a secret: passwords, keys and certificates are not logged.
/// </summary>
public static class SerialLog
{
    public static void Line(string text)
    {
        Debug.WriteLine("[" + (Environment.TickCount64 / 1000) + "] " + text);
    }
}
