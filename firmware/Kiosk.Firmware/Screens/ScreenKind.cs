namespace Kiosk.Firmware.Screens;

/// <summary>The screens of the kiosk flow (docs/kiosk-ui.md has the map).</summary>
public enum ScreenKind
{
    Attract = 0,
    Language = 1,
    Role = 2,
    AgeBand = 3,
    Modules = 4,
    Lesson = 5,
    Question = 6,
    Feedback = 7,
    Completion = 8,
    Help = 9,
    TeacherPin = 10,
    Teacher = 11
}
