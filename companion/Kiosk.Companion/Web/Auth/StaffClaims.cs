using System.Security.Claims;

namespace Kiosk.Companion.Web.Auth;

/// <summary>The claims of a signed-in staff user and the questions pages ask of them.</summary>
public static class StaffClaims
{
    public const string GroupId = "kiosk:group";

    public static ClaimsPrincipal For(StaffUser user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.Role, user.Role),
        };
        if (user.GroupId is not null)
        {
            claims.Add(new Claim(GroupId, user.GroupId));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static bool IsTeacher(this ClaimsPrincipal user) => user.IsInRole(StaffRole.Teacher);

    /// <summary>The one school a teacher may see; null for staff and admins, who see every group.</summary>
    public static string? SchoolScope(this ClaimsPrincipal user) =>
        user.IsTeacher() ? user.FindFirstValue(GroupId) ?? "" : null;

    /// <summary>Whether the user may see this group's kiosks and reports.</summary>
    public static bool MaySee(this ClaimsPrincipal user, string groupId) =>
        user.SchoolScope() is not { } school || school == groupId;
}
