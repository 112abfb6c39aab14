namespace Kiosk.Companion.Rollout;

/// <summary>A rollout as the API shows it, with kiosk counts per state (all stages so far).</summary>
public sealed record RolloutView(
    string Id,
    long Version,
    RolloutState State,
    IReadOnlyList<IReadOnlyList<string>> Stages,
    long CurrentStage,
    long FailurePercent,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyDictionary<KioskRolloutState, int> Kiosks);
