namespace Kiosk.Firmware.Teacher;

/// <summary>What a teacher chose on the kiosk; null fields mean "as the config says".</summary>
public sealed class TeacherSettings
{
    public string[] EnabledModuleIds;

    public string DefaultLanguage;
}
