namespace Kiosk.Companion.Rollout;

public enum RolloutState
{
    /// <summary>Stages are being released one after the other.</summary>
    Running,

    /// <summary>Stopped by staff or by too many failures in a stage; groups already released keep the new catalog.</summary>
    Halted,

    /// <summary>Every stage released and settled.</summary>
    Completed,
}
