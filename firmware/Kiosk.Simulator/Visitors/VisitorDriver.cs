using Kiosk.Simulator.Hosting;

namespace Kiosk.Simulator.Visitors;

/// <summary>Gives a kiosk's visitor a tap whenever the last one has been seen and the pace allows.</summary>
public sealed class VisitorDriver(VirtualKiosk kiosk, ScriptedVisitor visitor, TimeSpan pace)
{
    private long _lastTap = long.MinValue / 2;

    public ScriptedVisitor Visitor => visitor;

    public VirtualKiosk Kiosk => kiosk;

    /// <summary>Called after the kiosk's tick, under its lock.</summary>
    public void Step()
    {
        long now = kiosk.Clock.UptimeMilliseconds;
        if (visitor.Done || kiosk.Touch.Busy || kiosk.Ui.Pressed >= 0 || now - _lastTap < (long)pace.TotalMilliseconds)
        {
            return;
        }
        if (visitor.NextTap(out int x, out int y))
        {
            kiosk.Touch.Tap(x, y);
            _lastTap = now;
        }
    }
}
