namespace Kiosk.Companion.Rollout;

/// <summary>A rollout request that contradicts the stored state (unknown version or group, group already in a rollout, wrong state).</summary>
public sealed class RolloutException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
