using Kiosk.Firmware.Screens;

namespace Kiosk.Simulator.Hosting;

/// <summary>Saves a PNG of a kiosk's screen each time it shows another screen or page (the --screenshots option).</summary>
public sealed class ScreenshotRecorder(string folder, int limitPerKiosk)
{
    private readonly Dictionary<string, (ScreenKind Screen, int Page, int Question, int Count)> _seen = [];

    /// <summary>Called after the kiosk's tick, under its lock.</summary>
    public void Observe(VirtualKiosk kiosk)
    {
        var session = kiosk.Ui.Session;
        var now = (kiosk.Ui.Screen, session.Page, session.Question);
        _seen.TryGetValue(kiosk.Id, out var last);
        if (last.Count > 0 && (last.Screen, last.Page, last.Question) == now || last.Count >= limitPerKiosk)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        int count = last.Count + 1;
        string name = $"{kiosk.Id}-{count:D4}-{now.Screen}.png";
        File.WriteAllBytes(Path.Combine(folder, name), kiosk.Screenshot());
        _seen[kiosk.Id] = (now.Screen, now.Page, now.Question, count);
    }
}
