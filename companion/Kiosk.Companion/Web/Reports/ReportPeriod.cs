namespace Kiosk.Companion.Web.Reports;

/// <summary>The period a report page covers: UTC days [From, To). Twelve weeks up to today by default.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public const int DefaultWeeks = 12;

    public static ReportPeriod Of(DateOnly? from, DateOnly? to, DateTimeOffset now)
    {
        var end = to ?? DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);
        var start = from ?? end.AddDays(-7 * DefaultWeeks);
        return start < end ? new ReportPeriod(start, end) : new ReportPeriod(end.AddDays(-1), end);
    }

    /// <summary>The last day included, as a date input shows it.</summary>
    public DateOnly LastDay => To.AddDays(-1);
}
