using Kiosk.Firmware.Teacher;
using Kiosk.Firmware.Usage;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Screens;

/// <summary>
/// The back-end pieces the screens use. Any may be null (a preview without usage counting, a
/// kiosk without config yet); <see cref="Config"/> is replaced by the host whenever the node
/// applies a new config.
/// </summary>
public sealed class KioskUiServices
{
    public UsageLedger Usage;

    public TeacherLock TeacherLock;

    public TeacherSettingsStore TeacherSettings;

    public KioskConfig Config;
}
