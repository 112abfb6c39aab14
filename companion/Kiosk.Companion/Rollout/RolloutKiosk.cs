namespace Kiosk.Companion.Rollout;

/// <summary>A row of rollout_kiosks: one kiosk enrolled in one stage of a rollout.</summary>
public sealed class RolloutKiosk
{
    public string RolloutId { get; set; } = "";

    public string KioskId { get; set; } = "";

    public string GroupId { get; set; } = "";

    public long Stage { get; set; }

    public string State { get; set; } = "";

    /// <summary>Why the kiosk failed, as it reported it (failure reason and note).</summary>
    public string? Reason { get; set; }

    public long UpdatedAt { get; set; }
}
