using System.Globalization;
using Kiosk.Companion.WebTests.Infrastructure;
using Kiosk.Protocol.Messages;
using Microsoft.Playwright;

namespace Kiosk.Companion.WebTests;

[Collection(WebCollection.Name)]
public sealed class ReportsTests(WebCompanion companion)
{
    private const string School = "report-school";

    // Two Mondays inside the default twelve-week window, found from today so the test never ages.
    private static readonly DateOnly ThisMonday = MondayOf(DateOnly.FromDateTime(DateTime.UtcNow));
    private static readonly DateOnly LastMonday = ThisMonday.AddDays(-7);

    [Fact]
    public async Task Charts_show_the_reported_counts_hide_small_cells_and_the_csv_equals_the_table()
    {
        await SeedAsync();
        var page = await companion.SignedInPageAsync(WebCompanion.StaffUser, WebCompanion.StaffPassword);
        await page.GotoAsync($"/reports?group={School}");
        var lastWeek = LastMonday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var thisWeek = ThisMonday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Lessons completed per week: 12 + 13 last week; 4 this week is under 10, so hidden.
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await page.ReloadAsync();
            return await page.Locator($"#weekly g.column[data-label='{lastWeek}']").CountAsync() == 1
                && await page.Locator($"#weekly g.column[data-label='{thisWeek}']").CountAsync() == 1;
        }));
        Assert.Equal("25", await page.Locator($"#weekly g.column[data-label='{lastWeek}']").GetAttributeAsync("data-value"));
        Assert.Equal("", await page.Locator($"#weekly g.column[data-label='{thisWeek}']").GetAttributeAsync("data-value"));
        Assert.Contains("<10", await page.Locator($"#weekly g.column[data-label='{thisWeek}'] text.value").TextContentAsync());

        // Quiz: question 2 of the lesson is the misunderstood one (10 right, 30 wrong) and comes first.
        var first = page.Locator("#questions li.bar-row").First;
        Assert.Equal("private-eye-lesson · Question 2", await first.GetAttributeAsync("data-label"));
        Assert.Equal("25", await first.GetAttributeAsync("data-value"));

        // Languages: th 40 opened, ar 20, fr 5 (hidden).
        Assert.Equal("40", await page.Locator("#languages li[data-label='th']").GetAttributeAsync("data-value"));
        Assert.Equal("", await page.Locator("#languages li[data-label='fr']").GetAttributeAsync("data-value"));
        Assert.Contains("coin", await page.Locator("#help .explain").InnerTextAsync());
        await companion.ScreenshotAsync(page, "reports");

        foreach (var (section, chart) in new[] { ("#weekly", "weekly"), ("#languages", "language"), ("#audiences", "audience"), ("#questions", "questions") })
        {
            await page.Locator($"{section} details.numbers summary").ClickAsync();
            var screen = await ReadTableAsync(page.Locator($"{section} table.data"));
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"{section} a[download]").ClickAsync());
            var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
            Assert.Equal(screen, FromCsv(csv, chart));
            foreach (var fields in csv.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')))
            {
                var counts = chart == "questions" ? new[] { 2, 4 } : Enumerable.Range(0, (fields.Length - 1) / 2).Select(i => 1 + (2 * i));
                Assert.All(counts, c => Assert.True(fields[c].Length == 0 || long.Parse(fields[c], CultureInfo.InvariantCulture) >= 10, $"small count in {chart}: {string.Join(',', fields)}"));
            }
        }
        await companion.ScreenshotAsync(page, "reports-numbers");
    }

    [Fact]
    public async Task Reports_on_a_phone_keep_charts_readable()
    {
        var page = await companion.SignedInPageAsync(WebCompanion.StaffUser, WebCompanion.StaffPassword, phone: true);
        await page.GotoAsync($"/reports?group={School}");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page scrolls sideways ({width}px)");
        await companion.ScreenshotAsync(page, "reports-phone");
    }

    private async Task SeedAsync()
    {
        try
        {
            await companion.CreateSchoolAsync(School, "Lakeside College");
        }
        catch (HttpRequestException)
        {
            return; // the other test of this class seeded already
        }
        await using var kiosk = await companion.ConnectKioskAsync("k-report-01", School);
        await kiosk.PublishOnlineAsync();
        var last = Hour(LastMonday);
        var now = Hour(ThisMonday);
        await kiosk.PublishReportAsync(
            Counter(last, "private-eye-lesson", "th", UsageEvent.LessonCompleted, 12),
            Counter(last + 30, "private-eye-lesson", "ar", UsageEvent.LessonCompleted, 13),
            Counter(now, "private-eye-lesson", "th", UsageEvent.LessonCompleted, 4),
            Counter(last, "private-eye-lesson", "th", UsageEvent.LessonOpened, 40),
            Counter(last, "private-eye-lesson", "ar", UsageEvent.LessonOpened, 20),
            Counter(last, "private-eye-lesson", "fr", UsageEvent.LessonOpened, 5),
            Counter(last, "private-eye-lesson", "th", UsageEvent.QuizRight, 30, question: 0),
            Counter(last, "private-eye-lesson", "th", UsageEvent.QuizWrong, 10, question: 0),
            Counter(last, "private-eye-lesson", "th", UsageEvent.QuizRight, 10, question: 1),
            Counter(last, "private-eye-lesson", "th", UsageEvent.QuizWrong, 30, question: 1),
            Counter(last, "private-eye-lesson", "th", UsageEvent.QuizRight, 15, question: 2),
            Counter(last, "private-eye-lesson", "th", UsageEvent.QuizWrong, 2, question: 2));
    }

    private static UsageCounter Counter(uint hour, string lesson, string language, UsageEvent usage, uint count, int question = -1) => new()
    {
        HourBucket = hour,
        LessonId = lesson,
        Language = language,
        Audience = language == "ar" ? Audience.Parent : Audience.Child,
        AgeBand = AgeBand.From9To12,
        Event = usage,
        QuestionIndex = question,
        Count = count,
    };

    private static uint Hour(DateOnly day) => (uint)(day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc).Subtract(DateTime.UnixEpoch).TotalHours);

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static async Task<List<string[]>> ReadTableAsync(ILocator table)
    {
        var rows = new List<string[]>();
        foreach (var row in await table.Locator("tbody tr").AllAsync())
        {
            rows.Add((await row.Locator("th, td").AllInnerTextsAsync()).Select(c => c.Trim()).ToArray());
        }
        return rows;
    }

    /// <summary>The CSV as the page writes it: suppressed values empty with a "true" flag, shown on screen as "&lt;10".</summary>
    private static List<string[]> FromCsv(string[] lines, string chart)
    {
        var rows = new List<string[]>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',');
            var cells = new List<string>();
            if (chart == "questions")
            {
                cells.Add(fields[0]);
                cells.Add(fields[1]);
                cells.Add(fields[3] == "true" ? "<10" : fields[2]);
                cells.Add(fields[5] == "true" ? "<10" : fields[4]);
                cells.Add(fields[6].Length == 0 ? "too few answers to show" : fields[6] + "%");
            }
            else
            {
                cells.Add(fields[0]);
                for (var i = 1; i + 1 < fields.Length; i += 2)
                {
                    cells.Add(fields[i + 1] == "true" ? "<10" : fields[i]);
                }
            }
            rows.Add([.. cells]);
        }
        return rows;
    }
}
