namespace Kiosk.Companion.Rollout;

public sealed record HaltRolloutRequest(string? Reason);
