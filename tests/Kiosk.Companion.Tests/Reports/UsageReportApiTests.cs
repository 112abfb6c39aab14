using System.Net.Http.Json;
using Kiosk.Companion.Reports;
using Kiosk.Companion.Tests.Infrastructure;
using Kiosk.Protocol.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Companion.Tests.Reports;

/// <summary>Aggregates and small-cell suppression in JSON and CSV, on SQLite and PostgreSQL.</summary>
public abstract class UsageReportApiTests(StorageKind storage) : IAsyncLifetime
{
    private CompanionEnvironment _companion = null!;

    public async Task InitializeAsync()
    {
        _companion = await CompanionEnvironment.StartAsync(storage, BrokerKind.Embedded);
        await _companion.ProvisionKioskAsync("kiosk-r1", "school-a");
        await _companion.ProvisionKioskAsync("kiosk-r2", "school-b");
        var store = _companion.Services.GetRequiredService<ReportStore>();
        var now = DateTimeOffset.UtcNow;
        // Lesson "big": 25 opened; "small": 9 (suppressed); "edge": exactly 10 (shown), split over
        // two kiosks and two batches so the sums cross batches.
        await store.StoreAsync("kiosk-r1", Batch(1, ("big", 20), ("small", 4), ("edge", 6)), now, CancellationToken.None);
        await store.StoreAsync("kiosk-r2", Batch(1, ("big", 5), ("small", 5), ("edge", 4)), now, CancellationToken.None);
        // Next week, only "big" again with 11.
        await store.StoreAsync("kiosk-r1", Batch(2, Infrastructure.Reports.MondayHour + (7 * 24), ("big", 11)), now, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _companion.DisposeAsync();

    [Fact]
    public async Task Cells_under_ten_are_null_and_flagged_in_json()
    {
        var table = await _companion.Api.GetFromJsonAsync<UsageTable>("/api/reports/usage?by=lesson&from=2026-11-01&to=2026-12-31", Json.Options);

        var rows = table!.Rows.ToDictionary(r => r.Keys["lesson"]);
        Assert.Equal(new ReportCell(36, false), rows["big"].LessonOpened);
        Assert.Equal(new ReportCell(10, false), rows["edge"].LessonOpened);
        Assert.Equal(new ReportCell(null, true), rows["small"].LessonOpened);
        // Never-counted events are zero, and zero is a small cell too.
        Assert.Equal(new ReportCell(null, true), rows["big"].QuizWrong);
        Assert.Equal(10, table.SuppressionThreshold);
    }

    [Fact]
    public async Task Cells_under_ten_are_empty_and_flagged_in_csv()
    {
        var response = await _companion.Api.GetAsync("/api/reports/usage.csv?by=lesson&from=2026-11-01&to=2026-12-31");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "lesson,lesson_opened,lesson_opened_suppressed,lesson_completed,lesson_completed_suppressed,quiz_right,quiz_right_suppressed,quiz_wrong,quiz_wrong_suppressed,help_shown_estimate,help_shown_estimate_suppressed",
            lines[0]);
        Assert.Equal("big,36,false,,true,,true,,true,,true", lines.Single(l => l.StartsWith("big,", StringComparison.Ordinal)));
        Assert.Equal("edge,10,false,,true,,true,,true,,true", lines.Single(l => l.StartsWith("edge,", StringComparison.Ordinal)));
        Assert.Equal("small,,true,,true,,true,,true,,true", lines.Single(l => l.StartsWith("small,", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains(",9,", StringComparison.Ordinal) || l.Contains(",4,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Weeks_start_on_monday_and_filtering_by_group_counts_only_its_kiosks()
    {
        var byWeek = await _companion.Api.GetFromJsonAsync<UsageTable>("/api/reports/usage?by=week,lesson&from=2026-11-01&to=2026-12-31", Json.Options);
        var schoolA = await _companion.Api.GetFromJsonAsync<UsageTable>("/api/reports/usage?by=lesson&groupId=school-a&from=2026-11-01&to=2026-12-31", Json.Options);

        var big = byWeek!.Rows.Where(r => r.Keys["lesson"] == "big").ToDictionary(r => r.Keys["week"], r => r.LessonOpened);
        Assert.Equal(new ReportCell(25, false), big["2026-11-23"]);
        Assert.Equal(new ReportCell(11, false), big["2026-11-30"]);
        Assert.Equal(new ReportCell(31, false), schoolA!.Rows.Single(r => r.Keys["lesson"] == "big").LessonOpened);
        Assert.Equal(new ReportCell(null, true), schoolA.Rows.Single(r => r.Keys["lesson"] == "edge").LessonOpened);
    }

    [Fact]
    public async Task Help_shown_is_estimated_from_randomized_responses_and_suppressed_when_few()
    {
        var store = _companion.Services.GetRequiredService<ReportStore>();
        // 40 help cells answered truthfully half the time (p = 0.5), 30 of them reporting 1:
        // estimate = (30 - 0.5 * 40 / 2) / 0.5 = 40.
        await store.StoreAsync("kiosk-r1", HelpBatch(10, "helped", 40, 30, 50), DateTimeOffset.UtcNow, CancellationToken.None);
        await store.StoreAsync("kiosk-r1", HelpBatch(11, "rarely", 9, 9, 50), DateTimeOffset.UtcNow, CancellationToken.None);

        var table = await _companion.Api.GetFromJsonAsync<UsageTable>("/api/reports/usage?by=lesson&from=2026-11-01&to=2026-12-31", Json.Options);

        var rows = table!.Rows.ToDictionary(r => r.Keys["lesson"]);
        Assert.Equal(new ReportCell(40, false), rows["helped"].HelpShownEstimate);
        Assert.Equal(new ReportCell(null, true), rows["rarely"].HelpShownEstimate);
    }

    [Fact]
    public async Task Unknown_dimensions_are_a_validation_error()
    {
        var response = await _companion.Api.GetAsync("/api/reports/usage?by=kiosk");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static UsageReport Batch(ulong sequence, params (string Lesson, uint Count)[] lessons) =>
        Batch(sequence, Infrastructure.Reports.MondayHour, lessons);

    private static UsageReport Batch(ulong sequence, uint hour, params (string Lesson, uint Count)[] lessons) => new()
    {
        Sequence = sequence,
        Counters = lessons.Select(l => new UsageCounter
        {
            HourBucket = hour,
            LessonId = l.Lesson,
            Language = "en",
            Audience = Audience.Child,
            AgeBand = AgeBand.Under9,
            Event = UsageEvent.LessonOpened,
            Count = l.Count,
        }).ToArray(),
    };

    private static UsageReport HelpBatch(ulong sequence, string lesson, int cells, int ones, uint truthPercent) => new()
    {
        Sequence = sequence,
        HelpTruthPercent = truthPercent,
        Counters = Enumerable.Range(0, cells).Select(i => new UsageCounter
        {
            HourBucket = Infrastructure.Reports.MondayHour + (uint)i,
            LessonId = lesson,
            Language = "en",
            Audience = Audience.Child,
            AgeBand = AgeBand.Under9,
            Event = UsageEvent.HelpShown,
            Count = i < ones ? 1u : 0u,
        }).ToArray(),
    };
}

public sealed class UsageReportApiSqliteTests() : UsageReportApiTests(StorageKind.Sqlite);

public sealed class UsageReportApiPostgresTests() : UsageReportApiTests(StorageKind.PostgreSql);
