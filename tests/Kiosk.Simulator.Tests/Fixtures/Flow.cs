using Kiosk.Firmware.Screens;

namespace Kiosk.Simulator.Tests.Fixtures;

/// <summary>Walks a kiosk to a screen the way a visitor would.</summary>
public static class Flow
{
    public static int LanguageIndex(KioskHarness kiosk, string language) =>
        Array.FindIndex(kiosk.Ui.Languages, view => view.Language == language);

    /// <summary>From the attract screen to the module list of a child of the given age band.</summary>
    public static void ToModules(KioskHarness kiosk, string language, int ageBand) => ToModules(kiosk, language, 0, ageBand);

    /// <summary>From the attract screen to the module list of an audience (and age band, for children).</summary>
    public static void ToModules(KioskHarness kiosk, string language, int audience, int ageBand)
    {
        kiosk.Tap(TargetAction.Start);
        if (kiosk.Ui.Screen == ScreenKind.Language)
        {
            // With many languages the picker has pages.
            int index = LanguageIndex(kiosk, language);
            while (kiosk.Ui.Targets.IndexOf(TargetAction.Language, index) < 0 && kiosk.Ui.Targets.IndexOf(TargetAction.Next, -1) >= 0)
            {
                kiosk.Tap(TargetAction.Next);
            }
            kiosk.Tap(TargetAction.Language, index);
        }
        kiosk.Tap(TargetAction.Role, audience);
        if (audience == 0)
        {
            kiosk.Tap(TargetAction.Age, ageBand);
        }
        Assert.Equal(ScreenKind.Modules, kiosk.Ui.Screen);
    }

    /// <summary>To the first page of the first lesson for a 9-12 year old.</summary>
    public static void ToLesson(KioskHarness kiosk, string language)
    {
        ToModules(kiosk, language, 2);
        kiosk.Tap(TargetAction.Module, 0);
        Assert.Equal(ScreenKind.Lesson, kiosk.Ui.Screen);
    }

    /// <summary>To the first quiz question of that lesson.</summary>
    public static void ToQuestion(KioskHarness kiosk, string language)
    {
        ToLesson(kiosk, language);
        while (kiosk.Ui.Screen == ScreenKind.Lesson)
        {
            kiosk.Tap(TargetAction.Next);
        }
        Assert.Equal(ScreenKind.Question, kiosk.Ui.Screen);
    }
}
