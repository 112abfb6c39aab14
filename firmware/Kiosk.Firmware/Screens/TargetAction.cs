namespace Kiosk.Firmware.Screens;

/// <summary>What touching a target does; the target's argument says which item.</summary>
public enum TargetAction
{
    None = 0,
    Start = 1,
    Help = 2,
    Back = 3,
    Next = 4,
    Language = 5,
    Role = 6,
    Age = 7,
    Module = 8,
    Choice = 9,
    TryAgain = 10,
    Finish = 11,
    PinDigit = 12,
    ToggleModule = 13,
    DefaultLanguage = 14,
    ExitTeacher = 15,
    TeacherCorner = 16
}
