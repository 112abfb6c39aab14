using Dapper;
using Kiosk.Companion.Storage;
using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Reports;

/// <summary>
/// Writes report batches. (kiosk_id, sequence) is the primary key of report_batches, so a batch
/// is stored at most once however often it arrives; its counters go in the same transaction.
/// </summary>
public sealed class ReportStore(CompanionDatabase database)
{
    public async Task<StoreOutcome> StoreAsync(string kioskId, UsageReport report, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var now = receivedAt.ToUnixTimeSeconds();
        var sequence = checked((long)report.Sequence);
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var known = await connection.ExecuteAsync("UPDATE kiosks SET last_seen_at = @now WHERE id = @kioskId", new { now, kioskId }, transaction);
        if (known == 0)
        {
            return StoreOutcome.UnknownKiosk;
        }

        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO report_batches (kiosk_id, sequence, received_at, dropped_count, help_truth_percent, counter_count)
            VALUES (@kioskId, @sequence, @now, @dropped, @help, @counters)
            ON CONFLICT (kiosk_id, sequence) DO NOTHING
            """,
            new
            {
                kioskId,
                sequence,
                now,
                dropped = (long)Math.Min(report.DroppedCount, long.MaxValue),
                help = (long)report.HelpTruthPercent,
                counters = (long)report.Counters.Length,
            },
            transaction);
        if (inserted == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return StoreOutcome.Duplicate;
        }

        await connection.ExecuteAsync(
            """
            INSERT INTO usage_counters (kiosk_id, sequence, position, hour_bucket, lesson_id, language, audience, age_band, event, question_index, count)
            VALUES (@kioskId, @sequence, @position, @hour, @lesson, @language, @audience, @ageBand, @usageEvent, @question, @count)
            """,
            report.Counters.Select((c, i) => new
            {
                kioskId,
                sequence,
                position = (long)i,
                hour = (long)c.HourBucket,
                lesson = c.LessonId,
                language = c.Language,
                audience = (long)c.Audience,
                ageBand = (long)c.AgeBand,
                usageEvent = (long)c.Event,
                question = (long)c.QuestionIndex,
                count = (long)c.Count,
            }),
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return StoreOutcome.Stored;
    }

    /// <summary>Batches stored for a kiosk, for diagnostics and tests.</summary>
    public async Task<IReadOnlyList<long>> SequencesAsync(string kioskId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<long>(
            "SELECT sequence FROM report_batches WHERE kiosk_id = @kioskId ORDER BY sequence", new { kioskId });
        return rows.ToList();
    }
}
