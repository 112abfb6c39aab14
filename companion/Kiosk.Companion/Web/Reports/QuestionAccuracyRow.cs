using Kiosk.Companion.Reports;

namespace Kiosk.Companion.Web.Reports;

/// <summary>
/// Right and wrong answers to one quiz question. The share of right answers is shown only when
/// both cells are shown: a percentage of a small cell would reveal the cell.
/// </summary>
public sealed record QuestionAccuracyRow(string LessonId, int QuestionIndex, ReportCell Right, ReportCell Wrong)
{
    public double? RightShare => Right.Value is { } right && Wrong.Value is { } wrong ? (double)right / (right + wrong) : null;
}
