using System.Globalization;
using System.Text;

namespace Kiosk.Companion.Web.Reports;

/// <summary>
/// CSV of the quiz table exactly as the page lists it: same rows, same order, suppressed cells
/// empty with a flag, the share as a whole percent like on screen.
/// </summary>
public static class QuestionAccuracyCsv
{
    public static string Write(IReadOnlyList<QuestionAccuracyRow> rows)
    {
        var text = new StringBuilder("lesson,question,right,right_suppressed,wrong,wrong_suppressed,right_percent\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',',
                row.LessonId,
                (row.QuestionIndex + 1).ToString(CultureInfo.InvariantCulture),
                row.Right.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
                row.Right.Suppressed ? "true" : "false",
                row.Wrong.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
                row.Wrong.Suppressed ? "true" : "false",
                Percent(row.RightShare))).Append("\r\n");
        }
        return text.ToString();
    }

    public static string Percent(double? share) =>
        share is { } value ? Math.Round(value * 100).ToString(CultureInfo.InvariantCulture) : "";
}
