namespace Kiosk.Companion.Web.Reports;

/// <summary>One bar of a chart: a label and a value, or no value when the cell is suppressed.</summary>
public sealed record ChartBar(string Label, long? Value);
