namespace Kiosk.Firmware.Teacher;

/// <summary>What the teacher-mode PIN screen shows after a PIN is typed.</summary>
public enum PinCheckResult
{
    Unlocked,
    Wrong,

    /// <summary>Too many wrong PINs: no PIN is checked until the lockout ends.</summary>
    LockedOut,

    /// <summary>The kiosk has no config with a PIN yet, so teacher mode cannot open.</summary>
    NoPinConfigured
}
