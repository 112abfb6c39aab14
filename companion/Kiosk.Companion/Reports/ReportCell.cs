namespace Kiosk.Companion.Reports;

/// <summary>One count in an aggregate. A suppressed cell carries no value, only the flag.</summary>
public sealed record ReportCell(long? Value, bool Suppressed)
{
    /// <summary>Cells below this are never shown or exported (DESIGN.md: small cells).</summary>
    public const long SuppressionThreshold = 10;

    public static ReportCell Of(long count) =>
        count < SuppressionThreshold ? new ReportCell(null, true) : new ReportCell(count, false);
}
