namespace Kiosk.Companion.Reports;

/// <summary>Which counters to aggregate: UTC days [From, To), optionally one group's kiosks.</summary>
public sealed record UsageQuery(IReadOnlyList<UsageDimension> Dimensions, DateOnly From, DateOnly To, string? GroupId);
