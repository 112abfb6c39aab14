namespace Kiosk.Companion.Reports;

/// <summary>A usage aggregate as the API returns it.</summary>
public sealed record UsageTable(
    IReadOnlyList<string> Dimensions,
    DateOnly From,
    DateOnly To,
    string? GroupId,
    long SuppressionThreshold,
    IReadOnlyList<UsageRow> Rows);
