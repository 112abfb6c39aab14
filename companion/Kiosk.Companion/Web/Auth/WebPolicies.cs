namespace Kiosk.Companion.Web.Auth;

/// <summary>Authorization policies of the web pages; all use the staff cookie, never API tokens.</summary>
public static class WebPolicies
{
    public const string CookieScheme = "StaffCookie";
    public const string SignedIn = "web-signed-in";
    public const string ProgramStaff = "web-program-staff";
    public const string Admin = "web-admin";
}
