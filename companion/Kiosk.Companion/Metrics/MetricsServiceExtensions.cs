using OpenTelemetry.Metrics;

namespace Kiosk.Companion.Metrics;

public static class MetricsServiceExtensions
{
    public static IHostApplicationBuilder AddCompanionMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CompanionMetrics>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(CompanionMetrics.MeterName)
            .AddPrometheusExporter());
        return builder;
    }
}
