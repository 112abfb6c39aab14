using Kiosk.Companion.Reports;

namespace Kiosk.Companion.Web.Reports;

/// <summary>A usage table on the reports page: the table, its heading key, and the CSV that matches it.</summary>
public sealed record UsageTableView(UsageTable Table, string DimensionTitleKey, string CsvUrl);
