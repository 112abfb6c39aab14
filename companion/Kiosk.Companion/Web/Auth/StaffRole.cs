namespace Kiosk.Companion.Web.Auth;

/// <summary>
/// Who a staff user is. Admins manage users; program staff see every school and the content;
/// teachers see and change only their own school.
/// </summary>
public static class StaffRole
{
    public const string Admin = "admin";
    public const string ProgramStaff = "staff";
    public const string Teacher = "teacher";

    public static readonly IReadOnlyList<string> All = [Admin, ProgramStaff, Teacher];
}
