namespace Kiosk.Companion.Web.Reports;

/// <summary>
/// A horizontal bar list drawn in HTML (it follows the page direction, so it reads right to left
/// in Arabic): bars scaled to <see cref="Max"/>, values formatted by the page.
/// </summary>
public sealed record BarList(string Label, IReadOnlyList<ChartBar> Bars, long Max, bool Percent)
{
    public static BarList Counts(string label, IReadOnlyList<ChartBar> bars) =>
        new(label, bars, Math.Max(1, bars.Max(b => b.Value) ?? 1), false);

    public double Share(ChartBar bar) => bar.Value is { } value ? Math.Clamp(100.0 * value / Max, 0.5, 100) : 0;
}
