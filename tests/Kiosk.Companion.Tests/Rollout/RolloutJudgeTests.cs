using Kiosk.Companion.Rollout;
using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Tests.Rollout;

public sealed class RolloutJudgeTests
{
    private static readonly HashSet<string> Release = ["en-320x240", "th-320x240"];

    [Fact]
    public void A_failed_sync_of_the_release_fails_the_kiosk_with_its_reason()
    {
        var status = Online(Installed(("en-320x240", 1)));
        status.Sync = new SyncStatus { State = SyncState.Failed, BundleId = "th-320x240", BundleVersion = 2, FailureReason = SyncFailureReason.SignatureInvalid, FailureText = "bad" };

        var (state, reason) = RolloutJudge.Assess(KioskRolloutState.Downloading, null, status, 2, Release);

        Assert.Equal(KioskRolloutState.Failed, state);
        Assert.Contains("SignatureInvalid", reason);
        Assert.Contains("th-320x240", reason);
    }

    [Fact]
    public void A_failure_of_another_version_or_bundle_is_not_the_rollouts()
    {
        var status = Online(Installed(("en-320x240", 1)));
        status.Sync = new SyncStatus { State = SyncState.Failed, BundleId = "en-320x240", BundleVersion = 1, FailureReason = SyncFailureReason.StorageFull };

        Assert.Equal(KioskRolloutState.Pending, RolloutJudge.Assess(KioskRolloutState.Pending, null, status, 2, Release).State);
    }

    [Fact]
    public void Installed_needs_every_release_bundle_at_the_version_and_an_idle_sync()
    {
        var mixed = Online(Installed(("en-320x240", 2), ("th-320x240", 1)));
        var all = Online(Installed(("en-320x240", 2), ("th-320x240", 2), ("other", 9)));
        var busy = Online(Installed(("en-320x240", 2)));
        busy.Sync = new SyncStatus { State = SyncState.Downloading, BundleId = "th-320x240", BundleVersion = 2 };

        Assert.Equal(KioskRolloutState.Pending, RolloutJudge.Assess(KioskRolloutState.Pending, null, mixed, 2, Release).State);
        Assert.Equal(KioskRolloutState.Installed, RolloutJudge.Assess(KioskRolloutState.Pending, null, all, 2, Release).State);
        Assert.Equal(KioskRolloutState.Downloading, RolloutJudge.Assess(KioskRolloutState.Pending, null, busy, 2, Release).State);
    }

    [Fact]
    public void Failed_is_sticky_and_offline_does_not_undo_installed()
    {
        var offline = new KioskStatus { State = KioskState.Offline, ConnectionEpoch = 3 };

        Assert.Equal(KioskRolloutState.Failed, RolloutJudge.Assess(KioskRolloutState.Failed, "x", Online(Installed(("en-320x240", 2))), 2, Release).State);
        Assert.Equal(KioskRolloutState.Installed, RolloutJudge.Assess(KioskRolloutState.Installed, null, offline, 2, Release).State);
        Assert.Equal(KioskRolloutState.Offline, RolloutJudge.Assess(KioskRolloutState.Pending, null, offline, 2, Release).State);
    }

    [Theory]
    [InlineData(10, 1, 20, StageVerdict.Wait)]
    [InlineData(10, 2, 20, StageVerdict.Wait)]
    [InlineData(10, 3, 20, StageVerdict.Halt)]
    [InlineData(4, 1, 20, StageVerdict.Halt)]
    [InlineData(5, 1, 20, StageVerdict.Wait)]
    public void A_stage_halts_only_above_the_failure_share(int kiosks, int failed, long percent, StageVerdict expected)
    {
        var stage = Enumerable.Repeat(KioskRolloutState.Failed, failed).Concat(Enumerable.Repeat(KioskRolloutState.Pending, kiosks - failed)).ToList();

        Assert.Equal(expected, RolloutJudge.Judge(stage, percent));
    }

    [Fact]
    public void A_stage_advances_when_settled_with_at_least_one_install()
    {
        Assert.Equal(StageVerdict.Advance, RolloutJudge.Judge([KioskRolloutState.Installed, KioskRolloutState.Offline], 20));
        Assert.Equal(StageVerdict.Wait, RolloutJudge.Judge([KioskRolloutState.Offline, KioskRolloutState.Offline], 20));
        Assert.Equal(StageVerdict.Wait, RolloutJudge.Judge([KioskRolloutState.Installed, KioskRolloutState.Downloading], 20));
        Assert.Equal(StageVerdict.Advance, RolloutJudge.Judge([], 20));
    }

    private static InstalledBundle[] Installed(params (string Id, uint Version)[] bundles) =>
        bundles.Select(b => new InstalledBundle { BundleId = b.Id, Version = b.Version, Language = "en", ProfileId = "320x240" }).ToArray();

    private static KioskStatus Online(InstalledBundle[] installed) => new()
    {
        State = KioskState.Online,
        ConnectionEpoch = 2,
        FirmwareVersion = "1",
        BoardProfileId = "b",
        InstalledBundles = installed,
    };
}
