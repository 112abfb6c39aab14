using Dapper;
using Kiosk.Companion.Storage;

namespace Kiosk.Companion.Rollout;

/// <summary>The rollouts and rollout_kiosks tables.</summary>
public sealed class RolloutStore(CompanionDatabase database)
{
    private const string Columns = "id, version, state, stages, current_stage, failure_percent, reason, created_at, updated_at";
    private const string KioskColumns = "rollout_id, kiosk_id, group_id, stage, state, reason, updated_at";

    public async Task<IReadOnlyList<RolloutRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RolloutRecord>($"SELECT {Columns} FROM rollouts ORDER BY created_at DESC, id")).ToList();
    }

    public async Task<RolloutRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<RolloutRecord>($"SELECT {Columns} FROM rollouts WHERE id = @id", new { id });
    }

    public async Task<IReadOnlyList<RolloutKiosk>> KiosksAsync(string rolloutId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RolloutKiosk>(
            $"SELECT {KioskColumns} FROM rollout_kiosks WHERE rollout_id = @rolloutId ORDER BY stage, kiosk_id", new { rolloutId })).ToList();
    }

    /// <summary>The kiosk's rows in rollouts that are not completed.</summary>
    public async Task<IReadOnlyList<RolloutKiosk>> OpenEnrolmentsAsync(string kioskId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RolloutKiosk>(
            $"""
            SELECT k.rollout_id, k.kiosk_id, k.group_id, k.stage, k.state, k.reason, k.updated_at
            FROM rollout_kiosks k JOIN rollouts r ON r.id = k.rollout_id
            WHERE k.kiosk_id = @kioskId AND r.state <> @completed
            """,
            new { kioskId, completed = nameof(RolloutState.Completed) })).ToList();
    }

    public async Task<RolloutKiosk?> FindEnrolmentAsync(string rolloutId, string kioskId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<RolloutKiosk>(
            $"SELECT {KioskColumns} FROM rollout_kiosks WHERE rollout_id = @rolloutId AND kiosk_id = @kioskId", new { rolloutId, kioskId });
    }

    public async Task InsertAsync(RolloutRecord rollout, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"INSERT INTO rollouts ({Columns}) VALUES (@Id, @Version, @State, @Stages, @CurrentStage, @FailurePercent, @Reason, @CreatedAt, @UpdatedAt)", rollout);
    }

    public async Task UpdateAsync(RolloutRecord rollout, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE rollouts SET state = @State, current_stage = @CurrentStage, reason = @Reason, updated_at = @UpdatedAt WHERE id = @Id", rollout);
    }

    /// <summary>Enrols kiosks in a stage; a kiosk already enrolled in the rollout keeps its row.</summary>
    public async Task EnrolAsync(IEnumerable<RolloutKiosk> kiosks, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"INSERT INTO rollout_kiosks ({KioskColumns}) VALUES (@RolloutId, @KioskId, @GroupId, @Stage, @State, @Reason, @UpdatedAt) ON CONFLICT (rollout_id, kiosk_id) DO NOTHING",
            kiosks, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetKioskStateAsync(RolloutKiosk kiosk, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE rollout_kiosks SET state = @State, reason = @Reason, updated_at = @UpdatedAt WHERE rollout_id = @RolloutId AND kiosk_id = @KioskId", kiosk);
    }

    /// <summary>Puts a stage's failed kiosks back to Pending, so a resumed rollout judges them afresh.</summary>
    public async Task ResetFailedAsync(string rolloutId, long stage, long now, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE rollout_kiosks SET state = @pending, reason = NULL, updated_at = @now WHERE rollout_id = @rolloutId AND stage = @stage AND state = @failed",
            new { rolloutId, stage, now, pending = nameof(KioskRolloutState.Pending), failed = nameof(KioskRolloutState.Failed) });
    }
}
