using Microsoft.AspNetCore.Http.HttpResults;

namespace Kiosk.Companion.Reports;

/// <summary>Usage aggregates with small-cell suppression, as JSON and CSV.</summary>
public static class ReportsApi
{
    private static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(91);

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/usage", GetUsageAsync)
            .WithSummary("Usage counts grouped by any of week, lesson, language, audience, age_band; cells under 10 are suppressed.");
        reports.MapGet("/usage.csv", GetUsageCsvAsync)
            .WithSummary("The same aggregate as CSV, suppressed cells empty with a flag column.");
        return api;
    }

    private static async Task<Results<Ok<UsageTable>, ValidationProblem>> GetUsageAsync(
        UsageAggregator aggregator, TimeProvider clock, string? by, DateOnly? from, DateOnly? to, string? groupId, CancellationToken cancellationToken)
    {
        if (!TryParse(clock, by, from, to, groupId, out var query, out var problem))
        {
            return problem;
        }
        return TypedResults.Ok(await aggregator.AggregateAsync(query, cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> GetUsageCsvAsync(
        UsageAggregator aggregator, TimeProvider clock, string? by, DateOnly? from, DateOnly? to, string? groupId, CancellationToken cancellationToken)
    {
        if (!TryParse(clock, by, from, to, groupId, out var query, out var problem))
        {
            return problem;
        }
        var table = await aggregator.AggregateAsync(query, cancellationToken);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(UsageCsv.Write(table)), "text/csv", "usage.csv");
    }

    private static bool TryParse(
        TimeProvider clock, string? by, DateOnly? from, DateOnly? to, string? groupId, out UsageQuery query, out ValidationProblem problem)
    {
        query = null!;
        problem = null!;
        var dimensions = new List<UsageDimension>();
        foreach (var name in (by ?? "week").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Enum.GetValues<UsageDimension>().Where(d => UsageAggregator.Alias(d) == name.ToLowerInvariant()).ToList();
            if (match.Count == 0)
            {
                problem = TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["by"] = [$"Unknown dimension '{name}'. Use week, lesson, language, audience or age_band."],
                });
                return false;
            }
            dimensions.Add(match[0]);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var end = to ?? today.AddDays(1);
        var start = from ?? DateOnly.FromDateTime(end.ToDateTime(TimeOnly.MinValue) - DefaultPeriod);
        if (start >= end)
        {
            problem = TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["'from' must be before 'to'."] });
            return false;
        }
        query = new UsageQuery(dimensions, start, end, string.IsNullOrWhiteSpace(groupId) ? null : groupId);
        return true;
    }
}
