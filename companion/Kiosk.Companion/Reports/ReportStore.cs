using System.Data.Common;
using Dapper;
using Kiosk.Companion.Storage;
using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Reports;

/// <summary>
/// Writes report batches, many per transaction (group commit): one commit, and with SQLite one
/// fsync, covers every report the writer had waiting. (kiosk_id, sequence) is the primary key of
/// report_batches and rows go in with ON CONFLICT DO NOTHING, so a batch is stored at most once
/// however often it arrives, even twice in the same commit; its counters go in with it.
/// </summary>
public sealed class ReportStore(CompanionDatabase database)
{
    public async Task<StoreOutcome> StoreAsync(string kioskId, UsageReport report, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        (await StoreAsync([new ReceivedReport(kioskId, report)], receivedAt, cancellationToken))[0];

    /// <summary>Stores the reports in one transaction; the outcomes are in the reports' order.</summary>
    public async Task<StoreOutcome[]> StoreAsync(IReadOnlyList<ReceivedReport> reports, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var now = receivedAt.ToUnixTimeSeconds();
        var outcomes = new StoreOutcome[reports.Count];
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // One prepared statement per table, executed row by row: inside a transaction that costs
        // microseconds, where multi-row INSERTs with thousands of named parameters cost time
        // quadratic in the parameters (name lookups in the provider and in SQLite).
        await using var touch = Command(connection, transaction, "UPDATE kiosks SET last_seen_at = @now WHERE id = @id", "now", "id");
        await using var batch = Command(connection, transaction,
            """
            INSERT INTO report_batches (kiosk_id, sequence, received_at, dropped_count, help_truth_percent, counter_count)
            VALUES (@kiosk, @sequence, @now, @dropped, @help, @counters)
            ON CONFLICT (kiosk_id, sequence) DO NOTHING
            """,
            "kiosk", "sequence", "now", "dropped", "help", "counters");
        await using var counter = Command(connection, transaction,
            """
            INSERT INTO usage_counters (kiosk_id, sequence, position, hour_bucket, lesson_id, language, audience, age_band, event, question_index, count)
            VALUES (@kiosk, @sequence, @position, @hour, @lesson, @language, @audience, @age, @event, @question, @count)
            """,
            "kiosk", "sequence", "position", "hour", "lesson", "language", "audience", "age", "event", "question", "count");

        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        var counterRows = new List<object[]>();
        for (var i = 0; i < reports.Count; i++)
        {
            var (kioskId, report) = reports[i];
            if (!known.TryGetValue(kioskId, out var isKnown))
            {
                isKnown = await ExecuteAsync(touch, cancellationToken, now, kioskId) > 0;
                known[kioskId] = isKnown;
            }
            if (!isKnown)
            {
                outcomes[i] = StoreOutcome.UnknownKiosk;
                continue;
            }

            var sequence = checked((long)report.Sequence);
            var inserted = await ExecuteAsync(batch, cancellationToken, kioskId, sequence, now,
                (long)Math.Min(report.DroppedCount, long.MaxValue), (long)report.HelpTruthPercent, (long)report.Counters.Length);
            if (inserted == 0)
            {
                outcomes[i] = StoreOutcome.Duplicate;
                continue;
            }
            for (var position = 0; position < report.Counters.Length; position++)
            {
                var c = report.Counters[position];
                counterRows.Add([kioskId, sequence, (long)position, (long)c.HourBucket, c.LessonId, c.Language,
                    (long)c.Audience, (long)c.AgeBand, (long)c.Event, (long)c.QuestionIndex, (long)c.Count]);
            }
            outcomes[i] = StoreOutcome.Stored;
        }
        await InsertCountersAsync(connection, transaction, counter, counterRows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    /// <summary>Batches stored for a kiosk, for diagnostics and tests.</summary>
    public async Task<IReadOnlyList<long>> SequencesAsync(string kioskId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<long>(
            "SELECT sequence FROM report_batches WHERE kiosk_id = @kioskId ORDER BY sequence", new { kioskId });
        return rows.ToList();
    }

    /// <summary>
    /// PostgreSQL: every counter row of the commit in one batch, one round trip instead of one per
    /// row. SQLite (no batches, no network): the prepared statement, row by row.
    /// </summary>
    private static async Task InsertCountersAsync(DbConnection connection, DbTransaction transaction, DbCommand counter, List<object[]> rows, CancellationToken cancellationToken)
    {
        if (!connection.CanCreateBatch)
        {
            foreach (var row in rows)
            {
                await ExecuteAsync(counter, cancellationToken, row);
            }
            return;
        }
        if (rows.Count == 0)
        {
            return;
        }
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var row in rows)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = counter.CommandText;
            for (var i = 0; i < row.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = counter.Parameters[i].ParameterName;
                parameter.Value = row[i];
                command.Parameters.Add(parameter);
            }
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static Task<int> ExecuteAsync(DbCommand command, CancellationToken cancellationToken, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}
