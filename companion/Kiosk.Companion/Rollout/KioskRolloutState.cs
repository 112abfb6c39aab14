namespace Kiosk.Companion.Rollout;

/// <summary>Where one kiosk stands in a rollout, as learned from its retained status.</summary>
public enum KioskRolloutState
{
    /// <summary>Enrolled; nothing heard about the new version yet.</summary>
    Pending,

    Downloading,

    /// <summary>Every bundle of the release the kiosk holds is at the rollout's version, and its sync is idle.</summary>
    Installed,

    /// <summary>The kiosk reported a failed sync of the release (signature, hash, storage, ...); the reason is kept.</summary>
    Failed,

    /// <summary>Not connected; does not hold up the stage.</summary>
    Offline,
}
