using System.Collections.Concurrent;
using Dapper;
using Kiosk.Companion.Metrics;
using Kiosk.Companion.Storage;

namespace Kiosk.Companion.Ingest;

/// <summary>
/// Counts dropped messages: at once in the metric, and in the rejected_messages table by a
/// flush once a second, so a flood of garbage costs one upsert per reason rather than one
/// write per message. Each reject is logged at Debug with kiosk and reason, never the payload;
/// the flush logs a Warning summary.
/// </summary>
public sealed class RejectLedger(CompanionDatabase database, CompanionMetrics metrics, ILogger<RejectLedger> logger) : BackgroundService
{
    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<(string Reason, string TopicKind), long> _pending = new();

    public void Record(RejectReason reason, string topicKind, string? kioskId)
    {
        var name = RejectReasons.Name(reason);
        metrics.MessageRejected(name, topicKind);
        _pending.AddOrUpdate((name, topicKind), 1, (_, count) => count + 1);
        logger.LogDebug("Rejected {TopicKind} message from {KioskId}: {Reason}", topicKind, kioskId ?? "(unknown)", name);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var batch = new List<(string Reason, string TopicKind, long Count)>();
        foreach (var key in _pending.Keys)
        {
            if (_pending.TryRemove(key, out var count) && count > 0)
            {
                batch.Add((key.Reason, key.TopicKind, count));
            }
        }
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            using var gate = await database.EnterWriteAsync(cancellationToken);
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(
                """
                INSERT INTO rejected_messages (reason, topic_kind, count, last_at) VALUES (@Reason, @TopicKind, @Count, @now)
                ON CONFLICT (reason, topic_kind) DO UPDATE SET count = rejected_messages.count + excluded.count, last_at = excluded.last_at
                """,
                batch.Select(b => new { b.Reason, b.TopicKind, b.Count, now }),
                transaction);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Put the counts back so they are written with the next flush.
            foreach (var (reason, topicKind, count) in batch)
            {
                _pending.AddOrUpdate((reason, topicKind), count, (_, pending) => pending + count);
            }
            logger.LogError(error, "Could not store reject counts; retrying with the next flush");
            return;
        }

        foreach (var (reason, topicKind, count) in batch)
        {
            logger.LogWarning("Dropped {Count} {TopicKind} messages: {Reason}", count, topicKind, reason);
        }
    }

    public async Task<IReadOnlyList<RejectCount>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RejectCount>(
            "SELECT reason, topic_kind, count, last_at FROM rejected_messages ORDER BY reason, topic_kind");
        return rows.ToList();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }
}
