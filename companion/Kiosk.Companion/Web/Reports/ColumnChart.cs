using System.Globalization;

namespace Kiosk.Companion.Web.Reports;

/// <summary>
/// Geometry of a column chart drawn as inline SVG on the server: one column per bar, scaled to
/// the largest shown value; suppressed bars get a dashed stub instead of a height.
/// </summary>
public sealed class ColumnChart
{
    public const double Width = 640;
    public const double Height = 260;
    public const double Top = 28;
    public const double Bottom = 36;
    public const double Side = 8;

    public ColumnChart(string label, IReadOnlyList<ChartBar> bars)
    {
        Label = label;
        Bars = bars;
        Max = Math.Max(1, bars.Max(b => b.Value) ?? 1);
    }

    /// <summary>What the chart shows, for screen readers (the numbers are in the table below it).</summary>
    public string Label { get; }

    public IReadOnlyList<ChartBar> Bars { get; }

    public long Max { get; }

    public double Slot => (Width - (2 * Side)) / Math.Max(1, Bars.Count);

    public double ColumnWidth => Math.Min(56, Slot * 0.68);

    public double PlotHeight => Height - Top - Bottom;

    public double Baseline => Height - Bottom;

    public double X(int index) => Side + (Slot * index) + ((Slot - ColumnWidth) / 2);

    public double Center(int index) => Side + (Slot * index) + (Slot / 2);

    public double BarHeight(ChartBar bar) => bar.Value is { } value ? Math.Max(2, PlotHeight * value / Max) : 10;

    /// <summary>Every n-th label is drawn when columns get narrow, so labels never overlap.</summary>
    public bool ShowsLabel(int index) => index % Math.Max(1, (int)Math.Ceiling(48 / Slot)) == 0;

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
