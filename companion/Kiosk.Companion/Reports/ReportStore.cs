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
    // One multi-row INSERT per this many counters: a round trip per counter would dominate the
    // ingest time. 256 rows x 11 parameters stays far below both databases' parameter limits.
    private const int RowsPerInsert = 256;

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

        for (var start = 0; start < report.Counters.Length; start += RowsPerInsert)
        {
            await InsertCountersAsync(connection, transaction, kioskId, sequence, report.Counters, start, Math.Min(RowsPerInsert, report.Counters.Length - start));
        }
        await transaction.CommitAsync(cancellationToken);
        return StoreOutcome.Stored;
    }

    private static Task InsertCountersAsync(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string kioskId, long sequence, UsageCounter[] counters, int start, int count)
    {
        var sql = new System.Text.StringBuilder(
            "INSERT INTO usage_counters (kiosk_id, sequence, position, hour_bucket, lesson_id, language, audience, age_band, event, question_index, count) VALUES ");
        var parameters = new DynamicParameters();
        parameters.Add("kioskId", kioskId);
        parameters.Add("sequence", sequence);
        for (var i = 0; i < count; i++)
        {
            var counter = counters[start + i];
            sql.Append(i == 0 ? "" : ", ").Append(System.Globalization.CultureInfo.InvariantCulture,
                $"(@kioskId, @sequence, @p{i}, @h{i}, @l{i}, @g{i}, @a{i}, @b{i}, @e{i}, @q{i}, @c{i})");
            parameters.Add($"p{i}", (long)(start + i));
            parameters.Add($"h{i}", (long)counter.HourBucket);
            parameters.Add($"l{i}", counter.LessonId);
            parameters.Add($"g{i}", counter.Language);
            parameters.Add($"a{i}", (long)counter.Audience);
            parameters.Add($"b{i}", (long)counter.AgeBand);
            parameters.Add($"e{i}", (long)counter.Event);
            parameters.Add($"q{i}", (long)counter.QuestionIndex);
            parameters.Add($"c{i}", (long)counter.Count);
        }
        return connection.ExecuteAsync(sql.ToString(), parameters, transaction);
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
