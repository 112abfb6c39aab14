namespace Kiosk.Companion.Rollout;

/// <summary>A row of rollouts. <see cref="Stages"/> is a JSON array of arrays of group ids; stage 0 is the canary.</summary>
public sealed class RolloutRecord
{
    public string Id { get; set; } = "";

    public long Version { get; set; }

    public string State { get; set; } = "";

    public string Stages { get; set; } = "[]";

    public long CurrentStage { get; set; }

    /// <summary>The rollout halts when more than this percentage of a stage's kiosks failed.</summary>
    public long FailurePercent { get; set; }

    public string? Reason { get; set; }

    public long CreatedAt { get; set; }

    public long UpdatedAt { get; set; }
}
