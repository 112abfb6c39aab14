namespace Kiosk.Companion.Rollout;

public sealed record RolloutKioskView(string KioskId, string GroupId, long Stage, KioskRolloutState State, string? Reason, DateTimeOffset UpdatedAt);
