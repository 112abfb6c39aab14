namespace Kiosk.Companion.Web.Auth;

/// <summary>A row of web_users. <see cref="GroupId"/> is the school of a teacher, null for other roles.</summary>
public sealed class StaffUser
{
    public string Id { get; set; } = "";

    public string UserName { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public string Role { get; set; } = "";

    public string? GroupId { get; set; }

    public long CreatedAt { get; set; }
}
