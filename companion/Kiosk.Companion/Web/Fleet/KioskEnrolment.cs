namespace Kiosk.Companion.Web.Fleet;

/// <summary>Where a kiosk stands in the open rollout it is enrolled in, with the reason it gave when it failed.</summary>
public sealed record KioskEnrolment(string RolloutId, long Version, long Stage, string State, string? Reason)
{
    public string Summary => $"v{Version} {State}";
}
