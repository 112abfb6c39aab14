using System.Diagnostics;

namespace Kiosk.Simulator.Hosting;

/// <summary>Runs the fleet without a page, printing progress, until the duration ends or every visitor is done.</summary>
public static class HeadlessRun
{
    public static int Run(KioskFleet fleet, SimulatorOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        while (true)
        {
            Thread.Sleep(200);
            bool visitorsDone = fleet.Visitors.Count > 0 && fleet.Visitors.All(v => v.Visitor.Done);
            bool timeUp = options.Duration is { } duration && clock.Elapsed >= duration;
            if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(5) || visitorsDone || timeUp)
            {
                lastReport = clock.Elapsed;
                int lessons = fleet.Visitors.Sum(v => v.Visitor.ModulesCompleted);
                log.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: {fleet.Kiosks.Count} kiosks, {lessons} lessons completed, {fleet.Errors} errors.");
            }
            if (visitorsDone || timeUp || (fleet.Visitors.Count == 0 && options.Duration == null))
            {
                break;
            }
        }
        return fleet.Errors == 0 ? 0 : 1;
    }
}
