namespace Kiosk.Companion.Reports;

/// <summary>
/// One row of a usage aggregate: the values of the requested dimensions (week as the Monday's
/// date, others as on the wire) and its cells. HelpShown is the randomized-response estimate.
/// </summary>
public sealed record UsageRow(
    IReadOnlyDictionary<string, string> Keys,
    ReportCell LessonOpened,
    ReportCell LessonCompleted,
    ReportCell QuizRight,
    ReportCell QuizWrong,
    ReportCell HelpShownEstimate);
