namespace Kiosk.Companion.Rollout;

/// <summary>A rollout with every enrolled kiosk's state and failure reason.</summary>
public sealed record RolloutDetail(RolloutView Rollout, IReadOnlyList<RolloutKioskView> Kiosks);
