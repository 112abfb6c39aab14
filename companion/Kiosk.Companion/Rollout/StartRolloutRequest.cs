namespace Kiosk.Companion.Rollout;

/// <summary>
/// Release bundle version <paramref name="Version"/> stage by stage. <paramref name="Stages"/>
/// lists group ids per stage; the first stage is the canary. The rollout halts itself when more
/// than <paramref name="FailurePercent"/> percent of a stage's kiosks fail (default 20).
/// </summary>
public sealed record StartRolloutRequest(long Version, IReadOnlyList<IReadOnlyList<string>> Stages, long? FailurePercent);
