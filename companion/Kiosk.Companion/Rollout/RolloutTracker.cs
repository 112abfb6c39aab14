using System.Security.Cryptography;
using System.Text.Json;
using Kiosk.Companion.Content;
using Kiosk.Companion.Fleet;
using Kiosk.Protocol;
using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Rollout;

/// <summary>
/// Runs staged rollouts: releases a stage by publishing its groups' catalogs, follows every
/// enrolled kiosk through its retained status, and after each change judges the stage
/// (<see cref="RolloutJudge"/>): release the next stage, halt, or wait. One operation at a time
/// per rollout across every instance sharing the database (<see cref="RolloutLock"/>), each reading
/// the rows afresh under the lock; the tables are the truth, so a restart carries on where it stopped.
/// </summary>
public sealed class RolloutTracker(
    RolloutStore rollouts,
    BundleStore bundles,
    GroupCatalogStore catalogs,
    CatalogPublisher publisher,
    GroupStore groups,
    KioskRegistry registry,
    RolloutLock locks,
    TimeProvider clock,
    ILogger<RolloutTracker> logger)
{
    public const long DefaultFailurePercent = 20;

    public async Task<RolloutRecord> StartAsync(StartRolloutRequest request, CancellationToken cancellationToken)
    {
        await using (await locks.AcquireAsync(RolloutLock.StartKey, cancellationToken))
        {
            var failurePercent = request.FailurePercent ?? DefaultFailurePercent;
            if (failurePercent is < 0 or > 100)
            {
                throw new RolloutException("failurePercent", "A percentage from 0 to 100.");
            }
            if (request.Stages.Count == 0 || request.Stages.Any(s => s.Count == 0))
            {
                throw new RolloutException("stages", "At least one stage, and no empty stage.");
            }
            var all = request.Stages.SelectMany(s => s).ToList();
            if (all.Distinct().Count() != all.Count)
            {
                throw new RolloutException("stages", "A group appears in more than one stage.");
            }
            if ((await bundles.ListAsync(request.Version, cancellationToken)).Count == 0)
            {
                throw new RolloutException("version", $"No bundles of version {request.Version} are stored.");
            }
            foreach (var groupId in all)
            {
                if (await groups.FindAsync(groupId, cancellationToken) is null)
                {
                    throw new RolloutException("stages", $"No group '{groupId}'.");
                }
            }
            foreach (var open in (await rollouts.ListAsync(cancellationToken)).Where(r => r.State != nameof(RolloutState.Completed)))
            {
                var busy = StagesOf(open).SelectMany(s => s).Intersect(all).ToList();
                if (busy.Count > 0)
                {
                    throw new RolloutException("stages", $"Group(s) {string.Join(", ", busy)} are in rollout {open.Id} ({open.State}); halt-and-complete or finish it first.");
                }
            }

            var now = clock.GetUtcNow().ToUnixTimeSeconds();
            var rollout = new RolloutRecord
            {
                Id = "r-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant(),
                Version = request.Version,
                State = nameof(RolloutState.Running),
                Stages = JsonSerializer.Serialize(request.Stages),
                CurrentStage = 0,
                FailurePercent = failurePercent,
                CreatedAt = now,
                UpdatedAt = now,
            };
            // Held from before the row exists, so no other instance judges it half released.
            await using var hold = await locks.AcquireAsync(rollout.Id, cancellationToken);
            await rollouts.InsertAsync(rollout, cancellationToken);
            logger.LogInformation("Rollout {RolloutId} of version {Version} started: {Stages} stage(s)", rollout.Id, rollout.Version, request.Stages.Count);
            await ReleaseStageAsync(rollout, cancellationToken);
            await JudgeAsync(rollout, cancellationToken);
            return rollout;
        }
    }

    public async Task<RolloutRecord?> HaltAsync(string id, string? reason, CancellationToken cancellationToken)
    {
        await using (await locks.AcquireAsync(id, cancellationToken))
        {
            var rollout = await rollouts.FindAsync(id, cancellationToken);
            if (rollout is null)
            {
                return null;
            }
            if (rollout.State != nameof(RolloutState.Running))
            {
                throw new RolloutException("state", $"Rollout {id} is {rollout.State}; only a running rollout can be halted.");
            }
            await SetStateAsync(rollout, RolloutState.Halted, "Halted by staff" + (string.IsNullOrWhiteSpace(reason) ? "." : ": " + reason), cancellationToken);
            return rollout;
        }
    }

    /// <summary>
    /// Runs a halted rollout again: the current stage's failed kiosks count as pending, and its
    /// catalogs go out with a new serial so kiosks retry what they refused.
    /// </summary>
    public async Task<RolloutRecord?> ResumeAsync(string id, CancellationToken cancellationToken)
    {
        await using (await locks.AcquireAsync(id, cancellationToken))
        {
            var rollout = await rollouts.FindAsync(id, cancellationToken);
            if (rollout is null)
            {
                return null;
            }
            if (rollout.State != nameof(RolloutState.Halted))
            {
                throw new RolloutException("state", $"Rollout {id} is {rollout.State}; only a halted rollout can be resumed.");
            }
            await rollouts.ResetFailedAsync(id, rollout.CurrentStage, clock.GetUtcNow().ToUnixTimeSeconds(), cancellationToken);
            await SetStateAsync(rollout, RolloutState.Running, null, cancellationToken);
            await ReleaseStageAsync(rollout, cancellationToken);
            await JudgeAsync(rollout, cancellationToken);
            return rollout;
        }
    }

    /// <summary>Takes a kiosk's retained status (as published) into every open rollout it is enrolled in.</summary>
    public async Task ObserveAsync(string kioskId, byte[] payload, CancellationToken cancellationToken)
    {
        if (payload.Length == 0)
        {
            return;
        }
        KioskStatus status;
        try
        {
            status = KioskStatusCodec.Decode(payload, 0, payload.Length);
        }
        catch (ProtocolDecodeException)
        {
            // The status ingest counts malformed statuses; the rollout simply learns nothing.
            return;
        }

        foreach (var rolloutId in (await rollouts.OpenEnrolmentsAsync(kioskId, cancellationToken)).Select(e => e.RolloutId).Distinct())
        {
            await using var hold = await locks.AcquireAsync(rolloutId, cancellationToken);
            // Read again under the lock: another instance may have moved either on meanwhile.
            var enrolment = await rollouts.FindEnrolmentAsync(rolloutId, kioskId, cancellationToken);
            var rollout = await rollouts.FindAsync(rolloutId, cancellationToken);
            if (enrolment is null || rollout is null || rollout.State == nameof(RolloutState.Completed) || enrolment.Stage > rollout.CurrentStage)
            {
                continue;
            }
            var release = (await bundles.ListAsync(rollout.Version, cancellationToken)).Select(b => b.BundleId).ToHashSet();
            var current = Enum.Parse<KioskRolloutState>(enrolment.State);
            var (state, reason) = RolloutJudge.Assess(current, enrolment.Reason, status, rollout.Version, release);
            if (state == current && reason == enrolment.Reason)
            {
                continue;
            }
            enrolment.State = state.ToString();
            enrolment.Reason = reason;
            enrolment.UpdatedAt = clock.GetUtcNow().ToUnixTimeSeconds();
            await rollouts.SetKioskStateAsync(enrolment, cancellationToken);
            if (state == KioskRolloutState.Failed)
            {
                logger.LogWarning("Kiosk {KioskId} failed rollout {RolloutId}: {Reason}", kioskId, rollout.Id, reason);
            }
            if (rollout.State == nameof(RolloutState.Running))
            {
                await JudgeAsync(rollout, cancellationToken);
            }
        }
    }

    public static IReadOnlyList<IReadOnlyList<string>> StagesOf(RolloutRecord rollout) =>
        JsonSerializer.Deserialize<List<List<string>>>(rollout.Stages)!.Select(s => (IReadOnlyList<string>)s).ToList();

    private async Task JudgeAsync(RolloutRecord rollout, CancellationToken cancellationToken)
    {
        var stages = StagesOf(rollout);
        while (rollout.State == nameof(RolloutState.Running))
        {
            var stage = (await rollouts.KiosksAsync(rollout.Id, cancellationToken)).Where(k => k.Stage == rollout.CurrentStage).ToList();
            var verdict = RolloutJudge.Judge(stage.Select(k => Enum.Parse<KioskRolloutState>(k.State)).ToList(), rollout.FailurePercent);
            if (verdict == StageVerdict.Wait)
            {
                return;
            }
            if (verdict == StageVerdict.Halt)
            {
                var failed = stage.Where(k => k.State == nameof(KioskRolloutState.Failed)).ToList();
                await SetStateAsync(rollout, RolloutState.Halted,
                    $"Stage {rollout.CurrentStage}: {failed.Count} of {stage.Count} kiosks failed (over {rollout.FailurePercent}%); first: {failed[0].KioskId}: {failed[0].Reason}",
                    cancellationToken);
                return;
            }
            if (rollout.CurrentStage + 1 >= stages.Count)
            {
                await SetStateAsync(rollout, RolloutState.Completed, null, cancellationToken);
                return;
            }
            rollout.CurrentStage++;
            await rollouts.UpdateAsync(rollout, cancellationToken);
            await ReleaseStageAsync(rollout, cancellationToken);
        }
    }

    /// <summary>Publishes the current stage's catalogs (pinned groups keep theirs) and enrols the groups' kiosks.</summary>
    private async Task ReleaseStageAsync(RolloutRecord rollout, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        foreach (var groupId in StagesOf(rollout)[(int)rollout.CurrentStage])
        {
            if (await catalogs.FindAsync(groupId, cancellationToken) is { Pinned: not 0 })
            {
                logger.LogInformation("Rollout {RolloutId} skips group {GroupId}: staff pinned its catalog", rollout.Id, groupId);
                continue;
            }
            var kiosks = await registry.ListAsync(groupId, null, cancellationToken);
            await rollouts.EnrolAsync(kiosks.Select(k => new RolloutKiosk
            {
                RolloutId = rollout.Id,
                KioskId = k.Id,
                GroupId = groupId,
                Stage = rollout.CurrentStage,
                // An offline kiosk's retained Offline was seen long ago and will not come again.
                State = k.Online != 0 ? nameof(KioskRolloutState.Pending) : nameof(KioskRolloutState.Offline),
                UpdatedAt = now,
            }), cancellationToken);
            await publisher.PublishAsync(groupId, rollout.Version, pinned: false, cancellationToken);
        }
        logger.LogInformation("Rollout {RolloutId} released stage {Stage}", rollout.Id, rollout.CurrentStage);
    }

    private async Task SetStateAsync(RolloutRecord rollout, RolloutState state, string? reason, CancellationToken cancellationToken)
    {
        rollout.State = state.ToString();
        rollout.Reason = reason;
        rollout.UpdatedAt = clock.GetUtcNow().ToUnixTimeSeconds();
        await rollouts.UpdateAsync(rollout, cancellationToken);
        logger.LogInformation("Rollout {RolloutId} is {State}{Reason}", rollout.Id, state, reason is null ? "" : ": " + reason);
    }
}
