using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Rollout;

/// <summary>
/// The rules of a staged rollout, free of storage and MQTT so they can be tested alone: what a
/// kiosk's status says about the rollout's version, and what a stage's kiosks say about the stage.
/// </summary>
public static class RolloutJudge
{
    /// <summary>
    /// The kiosk's state for a release of <paramref name="version"/> made of <paramref name="bundleIds"/>.
    /// Failed is sticky: a later status cannot clear it, only a resume does. Offline never
    /// overrides a settled state.
    /// </summary>
    public static (KioskRolloutState State, string? Reason) Assess(
        KioskRolloutState current, string? currentReason, KioskStatus status, long version, IReadOnlySet<string> bundleIds)
    {
        if (current == KioskRolloutState.Failed)
        {
            return (current, currentReason);
        }
        var sync = status.Sync;
        if (sync is { State: SyncState.Failed } && sync.BundleVersion == version && sync.BundleId is { } failedId && bundleIds.Contains(failedId))
        {
            var note = string.IsNullOrEmpty(sync.FailureText) ? "" : ": " + sync.FailureText;
            return (KioskRolloutState.Failed, $"{sync.FailureReason} ({failedId}){note}");
        }
        if (status.State == KioskState.Offline)
        {
            return current == KioskRolloutState.Installed ? (current, null) : (KioskRolloutState.Offline, null);
        }

        var release = (status.InstalledBundles ?? []).Where(b => bundleIds.Contains(b.BundleId)).ToList();
        var idle = sync is null || sync.State == SyncState.Idle;
        if (idle && release.Count > 0 && release.All(b => b.Version == version))
        {
            return (KioskRolloutState.Installed, null);
        }
        if (sync is { State: SyncState.Downloading or SyncState.Verifying } && sync.BundleVersion == version)
        {
            return (KioskRolloutState.Downloading, null);
        }
        return (KioskRolloutState.Pending, null);
    }

    /// <summary>
    /// Halt when failures exceed <paramref name="failurePercent"/> of the stage; advance when
    /// every kiosk is settled (installed, failed or offline) and at least one installed, or the
    /// stage has no kiosks at all.
    /// </summary>
    public static StageVerdict Judge(IReadOnlyCollection<KioskRolloutState> stage, long failurePercent)
    {
        if (stage.Count == 0)
        {
            return StageVerdict.Advance;
        }
        var failed = stage.Count(s => s == KioskRolloutState.Failed);
        if (failed * 100L > failurePercent * stage.Count)
        {
            return StageVerdict.Halt;
        }
        var settled = stage.All(s => s is KioskRolloutState.Installed or KioskRolloutState.Failed or KioskRolloutState.Offline);
        return settled && stage.Any(s => s == KioskRolloutState.Installed) ? StageVerdict.Advance : StageVerdict.Wait;
    }
}
