namespace Kiosk.Firmware.Screens;

/// <summary>
/// Moves the kiosk on one screen per step the way a hurried visitor would: it taps the first
/// target that leads forward (start, a language, a role, an age band, a module, an answer, next,
/// finish, try again) and never help, back or the teacher corner. The device benchmark uses it to
/// reach real lesson and quiz pages with no finger on the screen.
/// </summary>
public sealed class ScreenTour
{
    private static readonly TargetAction[] Forward = new TargetAction[]
    {
        TargetAction.Start,
        TargetAction.Language,
        TargetAction.Role,
        TargetAction.Age,
        TargetAction.Module,
        TargetAction.Choice,
        TargetAction.Next,
        TargetAction.Finish,
        TargetAction.TryAgain,
    };

    private readonly KioskUi _ui;

    public ScreenTour(KioskUi ui)
    {
        _ui = ui;
    }

    /// <summary>
    /// Taps the way forward on the screen last drawn (after a Tick or Redraw); false when it has none.
    /// </summary>
    public bool Step()
    {
        TouchTargets targets = _ui.Targets;
        for (int i = 0; i < Forward.Length; i++)
        {
            int target = targets.IndexOf(Forward[i], -1);
            if (target >= 0)
            {
                int x = targets.CentreX(target);
                int y = targets.CentreY(target);
                _ui.HandleTouch(true, x, y);
                _ui.HandleTouch(false, x, y);
                return true;
            }
        }

        return false;
    }
}
