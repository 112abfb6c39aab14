using Dapper;
using Kiosk.Companion.Reports;
using Kiosk.Companion.Storage;
using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Web.Reports;

/// <summary>
/// Quiz answers per lesson and question, which the usage aggregate does not group by. The same
/// period and group rules as <see cref="UsageAggregator"/>, and every cell through
/// <see cref="ReportCell.Of"/> so small counts never leave the companion.
/// </summary>
public sealed class QuestionAccuracyReport(CompanionDatabase database)
{
    public async Task<IReadOnlyList<QuestionAccuracyRow>> ReadAsync(UsageQuery query, CancellationToken cancellationToken)
    {
        var groupFilter = query.GroupId is null ? "" : "AND kiosk_id IN (SELECT id FROM kiosks WHERE group_id = @groupId)";
        var sql = $"""
            SELECT lesson_id, question_index,
                CAST(SUM(CASE WHEN event = {(int)UsageEvent.QuizRight} THEN count ELSE 0 END) AS BIGINT) AS right_count,
                CAST(SUM(CASE WHEN event = {(int)UsageEvent.QuizWrong} THEN count ELSE 0 END) AS BIGINT) AS wrong_count
            FROM usage_counters
            WHERE event IN ({(int)UsageEvent.QuizRight}, {(int)UsageEvent.QuizWrong})
              AND hour_bucket >= @fromHour AND hour_bucket < @toHour {groupFilter}
            GROUP BY lesson_id, question_index
            """;
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(sql, new { fromHour = HourOf(query.From), toHour = HourOf(query.To), groupId = query.GroupId });
        // Least understood first; questions whose share cannot be shown go last.
        return rows
            .Select(r => new QuestionAccuracyRow(r.LessonId, (int)r.QuestionIndex, ReportCell.Of(r.RightCount), ReportCell.Of(r.WrongCount)))
            .OrderBy(r => r.RightShare ?? double.MaxValue)
            .ThenBy(r => r.LessonId, StringComparer.Ordinal)
            .ThenBy(r => r.QuestionIndex)
            .ToList();
    }

    private static long HourOf(DateOnly day) => (day.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber) * 24L;

    private sealed class Row
    {
        public string LessonId { get; set; } = "";

        public long QuestionIndex { get; set; }

        public long RightCount { get; set; }

        public long WrongCount { get; set; }
    }
}
