using Dapper;
using Kiosk.Companion.Storage;
using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Reports;

/// <summary>
/// Sums usage counters by the requested dimensions and suppresses every cell below
/// <see cref="ReportCell.SuppressionThreshold"/> before anything leaves the companion.
/// </summary>
public sealed class UsageAggregator(CompanionDatabase database)
{
    private const long HoursPerDay = 24;

    public async Task<UsageTable> AggregateAsync(UsageQuery query, CancellationToken cancellationToken)
    {
        var dimensions = query.Dimensions.Distinct().ToList();
        var columns = dimensions.Select(d => $"{Expression(d)} AS {Alias(d)}").ToList();
        var groupBy = dimensions.Count == 0 ? "" : "GROUP BY " + string.Join(", ", dimensions.Select(Expression));
        var orderBy = dimensions.Count == 0 ? "" : "ORDER BY " + string.Join(", ", dimensions.Select(Alias));
        var groupFilter = query.GroupId is null ? "" : "AND c.kiosk_id IN (SELECT id FROM kiosks WHERE group_id = @groupId)";
        // HelpShown is a randomized response with truth probability p per batch: each counter
        // contributes (observed - (1 - p) / 2) / p to the estimated number of cells with help
        // shown (docs/protocol.md), and such contributions add up.
        var sql = $"""
            SELECT {string.Join("", columns.Select(c => c + ", "))}
                CAST(SUM(CASE WHEN c.event = {(int)UsageEvent.LessonOpened} THEN c.count ELSE 0 END) AS BIGINT) AS lesson_opened,
                CAST(SUM(CASE WHEN c.event = {(int)UsageEvent.LessonCompleted} THEN c.count ELSE 0 END) AS BIGINT) AS lesson_completed,
                CAST(SUM(CASE WHEN c.event = {(int)UsageEvent.QuizRight} THEN c.count ELSE 0 END) AS BIGINT) AS quiz_right,
                CAST(SUM(CASE WHEN c.event = {(int)UsageEvent.QuizWrong} THEN c.count ELSE 0 END) AS BIGINT) AS quiz_wrong,
                CAST(SUM(CASE WHEN c.event = {(int)UsageEvent.HelpShown} THEN 1 ELSE 0 END) AS BIGINT) AS help_cells,
                CAST(SUM(CASE WHEN c.event = {(int)UsageEvent.HelpShown} AND b.help_truth_percent > 0
                    THEN (c.count - (1.0 - b.help_truth_percent / 100.0) / 2.0) / (b.help_truth_percent / 100.0) ELSE 0 END) AS DOUBLE PRECISION) AS help_estimate
            FROM usage_counters c
            JOIN report_batches b ON b.kiosk_id = c.kiosk_id AND b.sequence = c.sequence
            WHERE c.hour_bucket >= @fromHour AND c.hour_bucket < @toHour {groupFilter}
            {groupBy}
            {orderBy}
            """;
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(sql, new
        {
            fromHour = HourOf(query.From),
            toHour = HourOf(query.To),
            groupId = query.GroupId,
        });

        var result = new List<UsageRow>();
        foreach (IDictionary<string, object?> row in rows)
        {
            var keys = dimensions.ToDictionary(Alias, d => KeyText(d, row[Alias(d)]));
            var helpCells = Convert.ToInt64(row["help_cells"], System.Globalization.CultureInfo.InvariantCulture);
            var helpEstimate = (long)Math.Round(Convert.ToDouble(row["help_estimate"] ?? 0.0, System.Globalization.CultureInfo.InvariantCulture));
            result.Add(new UsageRow(
                keys,
                ReportCell.Of(Count(row, "lesson_opened")),
                ReportCell.Of(Count(row, "lesson_completed")),
                ReportCell.Of(Count(row, "quiz_right")),
                ReportCell.Of(Count(row, "quiz_wrong")),
                // Fewer than ten noisy cells say nothing reliable, whatever the estimate is.
                helpCells < ReportCell.SuppressionThreshold ? new ReportCell(null, true) : ReportCell.Of(helpEstimate)));
        }

        return new UsageTable(dimensions.Select(Alias).ToList(), query.From, query.To, query.GroupId, ReportCell.SuppressionThreshold, result);
    }

    public static string Alias(UsageDimension dimension) => dimension switch
    {
        UsageDimension.Week => "week",
        UsageDimension.Lesson => "lesson",
        UsageDimension.Language => "language",
        UsageDimension.Audience => "audience",
        UsageDimension.AgeBand => "age_band",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    // Weeks start on Monday: day 0 (1970-01-01) was a Thursday, so shifting by 3 days puts
    // Mondays on multiples of 7. Integer division means the same in SQLite and PostgreSQL.
    private static string Expression(UsageDimension dimension) => dimension switch
    {
        UsageDimension.Week => "((c.hour_bucket / 24 + 3) / 7)",
        UsageDimension.Lesson => "c.lesson_id",
        UsageDimension.Language => "c.language",
        UsageDimension.Audience => "c.audience",
        UsageDimension.AgeBand => "c.age_band",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    private static string KeyText(UsageDimension dimension, object? value) => dimension switch
    {
        UsageDimension.Week => DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + (int)(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) * 7 - 3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        UsageDimension.Audience => ((Audience)Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)).ToString(),
        UsageDimension.AgeBand => ((AgeBand)Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)).ToString(),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static long Count(IDictionary<string, object?> row, string column) =>
        Convert.ToInt64(row[column] ?? 0L, System.Globalization.CultureInfo.InvariantCulture);

    private static long HourOf(DateOnly day) => (day.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber) * HoursPerDay;
}
