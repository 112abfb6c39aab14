using System.Globalization;
using System.Text;

namespace Kiosk.Companion.Reports;

/// <summary>
/// CSV export of a <see cref="UsageTable"/>: one column per dimension, then for every cell its
/// value (empty when suppressed) and a "_suppressed" flag column, so a spreadsheet never sees a
/// small number.
/// </summary>
public static class UsageCsv
{
    private static readonly string[] CellNames = ["lesson_opened", "lesson_completed", "quiz_right", "quiz_wrong", "help_shown_estimate"];

    public static string Write(UsageTable table)
    {
        var text = new StringBuilder();
        var header = table.Dimensions.Concat(CellNames.SelectMany(c => new[] { c, c + "_suppressed" }));
        text.Append(string.Join(',', header)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            var fields = table.Dimensions.Select(d => Quote(row.Keys[d]))
                .Concat(Cells(row).SelectMany(c => new[]
                {
                    c.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
                    c.Suppressed ? "true" : "false",
                }));
            text.Append(string.Join(',', fields)).Append("\r\n");
        }
        return text.ToString();
    }

    private static IEnumerable<ReportCell> Cells(UsageRow row) =>
        [row.LessonOpened, row.LessonCompleted, row.QuizRight, row.QuizWrong, row.HelpShownEstimate];

    // Ids and language tags cannot hold commas or quotes today; quoting keeps it safe if they ever can.
    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
