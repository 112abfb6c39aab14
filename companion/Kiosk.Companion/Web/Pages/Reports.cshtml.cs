using Kiosk.Companion.Fleet;
using Kiosk.Companion.Reports;
using Kiosk.Companion.Web.Auth;
using Kiosk.Companion.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kiosk.Companion.Web.Pages;

/// <summary>
/// Usage charts with the numbers beneath each. Every table and its CSV come from the same
/// aggregate object, so the download is exactly what the page shows.
/// </summary>
public sealed class ReportsModel(UsageAggregator aggregator, QuestionAccuracyReport questions, GroupStore groups, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public ReportPeriod Period { get; private set; } = null!;

    public IReadOnlyList<KioskGroup> Groups { get; private set; } = [];

    public string? GroupName { get; private set; }

    public UsageTable Weekly { get; private set; } = null!;

    public UsageTable ByLanguage { get; private set; } = null!;

    public UsageTable ByAudience { get; private set; } = null!;

    public IReadOnlyList<QuestionAccuracyRow> Questions { get; private set; } = [];

    /// <summary>The query string of the current filters, for the CSV links.</summary>
    public string FilterQuery => $"group={Uri.EscapeDataString(Group ?? "")}&from={Period.From:yyyy-MM-dd}&to={Period.LastDay:yyyy-MM-dd}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = await ScopeAsync(cancellationToken);
        Weekly = await aggregator.AggregateAsync(query with { Dimensions = [UsageDimension.Week] }, cancellationToken);
        ByLanguage = await aggregator.AggregateAsync(query with { Dimensions = [UsageDimension.Language] }, cancellationToken);
        ByAudience = await aggregator.AggregateAsync(query with { Dimensions = [UsageDimension.Audience] }, cancellationToken);
        Questions = await questions.ReadAsync(query, cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(string chart, CancellationToken cancellationToken)
    {
        var query = await ScopeAsync(cancellationToken);
        var (name, text) = chart switch
        {
            "weekly" => ("weekly", UsageCsv.Write(await aggregator.AggregateAsync(query with { Dimensions = [UsageDimension.Week] }, cancellationToken))),
            "language" => ("languages", UsageCsv.Write(await aggregator.AggregateAsync(query with { Dimensions = [UsageDimension.Language] }, cancellationToken))),
            "audience" => ("audiences", UsageCsv.Write(await aggregator.AggregateAsync(query with { Dimensions = [UsageDimension.Audience] }, cancellationToken))),
            "questions" => ("quiz-questions", QuestionAccuracyCsv.Write(await questions.ReadAsync(query, cancellationToken))),
            _ => ("", ""),
        };
        if (name.Length == 0)
        {
            return NotFound();
        }
        return File(System.Text.Encoding.UTF8.GetBytes(text), "text/csv", $"{name}-{Period.From:yyyy-MM-dd}-{Period.LastDay:yyyy-MM-dd}.csv");
    }

    /// <summary>Teachers always get their own school, whatever the query string asks for.</summary>
    private async Task<UsageQuery> ScopeAsync(CancellationToken cancellationToken)
    {
        var all = await groups.ListAsync(cancellationToken);
        Groups = all.Where(g => User.MaySee(g.Id)).ToList();
        if (User.SchoolScope() is { } school)
        {
            // A teacher without a school sees nothing: '-' can never start a group id.
            Group = school.Length == 0 ? "-" : school;
        }
        else if (Group is not null && all.All(g => g.Id != Group))
        {
            Group = null;
        }
        Group = string.IsNullOrEmpty(Group) ? null : Group;
        GroupName = Group is null ? null : all.FirstOrDefault(g => g.Id == Group)?.Name ?? Group;
        Period = ReportPeriod.Of(From, To?.AddDays(1), clock.GetUtcNow());
        return new UsageQuery([], Period.From, Period.To, Group);
    }
}
