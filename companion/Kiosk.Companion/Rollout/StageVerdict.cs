namespace Kiosk.Companion.Rollout;

public enum StageVerdict
{
    /// <summary>Kiosks are still working on it.</summary>
    Wait,

    /// <summary>Settled with failures within the allowed share: release the next stage.</summary>
    Advance,

    /// <summary>More than the allowed share failed.</summary>
    Halt,
}
