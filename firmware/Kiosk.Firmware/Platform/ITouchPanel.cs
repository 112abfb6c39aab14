namespace Kiosk.Firmware.Platform;

/// <summary>The touch controller, polled by the UI loop.</summary>
public interface ITouchPanel
{
    /// <summary>
    /// Fills <paramref name="sample"/> with the current touch state; false when the controller
    /// had nothing new (the sample is then left unchanged).
    /// </summary>
    bool TryRead(TouchSample sample);
}
