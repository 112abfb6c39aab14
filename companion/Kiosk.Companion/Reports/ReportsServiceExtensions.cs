namespace Kiosk.Companion.Reports;

public static class ReportsServiceExtensions
{
    public static IHostApplicationBuilder AddReports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReportStore>();
        builder.Services.AddSingleton<ReportIngest>();
        builder.Services.AddSingleton<UsageAggregator>();
        builder.Services.AddHostedService<ReportWriter>();
        return builder;
    }
}
