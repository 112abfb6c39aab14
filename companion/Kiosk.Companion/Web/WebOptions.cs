namespace Kiosk.Companion.Web;

/// <summary>Configuration section "Web": the staff web UI.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// The first admin's user name and password. When the password is empty and no user exists
    /// yet, a random one is generated and written to the log once.
    /// </summary>
    public string AdminUserName { get; set; } = "admin";

    public string? AdminPassword { get; set; }

    /// <summary>The curriculum sources whose modules teachers choose from; found next to the companion when empty.</summary>
    public string? CurriculumFolder { get; set; }

    /// <summary>Lesson previews that may run at once; starting one more ends the least recently used.</summary>
    public int PreviewSessions { get; set; } = 4;

    /// <summary>Minutes after its last screen fetch or touch that a preview is ended and its memory freed.</summary>
    public int PreviewIdleMinutes { get; set; } = 10;
}
