namespace Kiosk.Companion.Provisioning;

/// <summary>Id is optional (a random install id is made); so is the first teacher PIN (six random digits).</summary>
public sealed record CreateKioskRequest(string? Id, string GroupId, string? TeacherPin);
