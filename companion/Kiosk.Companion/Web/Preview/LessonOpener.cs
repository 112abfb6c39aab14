using Kiosk.Firmware.Screens;

namespace Kiosk.Companion.Web.Preview;

/// <summary>
/// Opens one lesson on a kiosk's screens the way a visitor would: it taps the middle of the
/// start, language, who-are-you and age buttons and the lesson's entry in the list (turning
/// list pages as needed). The core gets no preview-only entry point; these are its own touches.
/// </summary>
public static class LessonOpener
{
    private const int MaxTaps = 64;

    /// <summary>False when the language or lesson is not on the kiosk or its screens do not lead there.</summary>
    public static bool Open(KioskUi ui, string language, string moduleId)
    {
        int view = Array.FindIndex(ui.Languages, v => v.Language == language);
        int module = view < 0 ? -1 : Array.FindIndex(ui.Languages[view].Index.Modules, m => m.Id == moduleId);
        if (module < 0)
        {
            return false;
        }
        var record = ui.Languages[view].Index.Modules[module];
        for (int tap = 0; tap < MaxTaps; tap++)
        {
            // A tick draws the screen on show, which is what sets its buttons.
            ui.Tick();
            if (ui.Screen == ScreenKind.Lesson && ui.Session.Module == module)
            {
                return true;
            }
            var targets = ui.Targets;
            int target = ui.Screen switch
            {
                ScreenKind.Attract => targets.IndexOf(TargetAction.Start, -1),
                ScreenKind.Language => OrNextPage(targets, TargetAction.Language, view),
                ScreenKind.Role => targets.IndexOf(TargetAction.Role, record.Audience),
                ScreenKind.AgeBand => targets.IndexOf(TargetAction.Age, record.AgeBand),
                ScreenKind.Modules => OrNextPage(targets, TargetAction.Module, Array.IndexOf(ui.Session.Offered, module, 0, ui.Session.OfferedCount)),
                _ => -1,
            };
            if (target < 0)
            {
                return false;
            }
            ui.HandleTouch(true, targets.CentreX(target), targets.CentreY(target));
            ui.HandleTouch(false, targets.CentreX(target), targets.CentreY(target));
        }
        return false;
    }

    /// <summary>The button for <paramref name="argument"/>, or "next page" while it is on a later page; -1 when it is in no list.</summary>
    private static int OrNextPage(TouchTargets targets, TargetAction action, int argument)
    {
        if (argument < 0)
        {
            return -1;
        }
        int pick = targets.IndexOf(action, argument);
        return pick >= 0 ? pick : targets.IndexOf(TargetAction.Next, -1);
    }
}
