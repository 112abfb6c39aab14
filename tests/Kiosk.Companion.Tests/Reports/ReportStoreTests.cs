using System.Net.Http.Json;
using Kiosk.Companion.Reports;
using Kiosk.Companion.Tests.Infrastructure;
using Kiosk.Protocol.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Companion.Tests.Reports;

/// <summary>The group commit: many reports in one transaction, each with its own outcome.</summary>
public abstract class ReportStoreTests(StorageKind storage) : IAsyncLifetime
{
    private CompanionEnvironment _companion = null!;

    public async Task InitializeAsync()
    {
        _companion = await CompanionEnvironment.StartAsync(storage, BrokerKind.Embedded);
        await _companion.ProvisionKioskAsync("kiosk-g1", "school-a");
        await _companion.ProvisionKioskAsync("kiosk-g2", "school-a");
    }

    public async Task DisposeAsync() => await _companion.DisposeAsync();

    [Fact]
    public async Task One_commit_stores_new_batches_once_and_tells_duplicates_and_unknown_kiosks_apart()
    {
        var store = _companion.Services.GetRequiredService<ReportStore>();
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(StoreOutcome.Stored, await store.StoreAsync("kiosk-g1", Infrastructure.Reports.Opened(1, "group-commit", 3), now, CancellationToken.None));

        var outcomes = await store.StoreAsync(
            [
                new ReceivedReport("kiosk-g1", Infrastructure.Reports.Opened(1, "group-commit", 3)),
                new ReceivedReport("kiosk-g1", Infrastructure.Reports.Opened(2, "group-commit", 5)),
                new ReceivedReport("kiosk-gone", Infrastructure.Reports.Opened(1, "group-commit", 100)),
                new ReceivedReport("kiosk-g2", Infrastructure.Reports.Opened(1, "group-commit", 7)),
                // The same batch twice in one commit: a resend that arrived before the first ack.
                new ReceivedReport("kiosk-g2", Infrastructure.Reports.Opened(1, "group-commit", 7)),
                new ReceivedReport("kiosk-g1", TwoCounters(3)),
            ],
            now,
            CancellationToken.None);

        Assert.Equal(
            [StoreOutcome.Duplicate, StoreOutcome.Stored, StoreOutcome.UnknownKiosk, StoreOutcome.Stored, StoreOutcome.Duplicate, StoreOutcome.Stored],
            outcomes);
        Assert.Equal([1L, 2L, 3L], await store.SequencesAsync("kiosk-g1", CancellationToken.None));
        Assert.Equal([1L], await store.SequencesAsync("kiosk-g2", CancellationToken.None));
        Assert.Empty(await store.SequencesAsync("kiosk-gone", CancellationToken.None));
        var table = await _companion.Api.GetFromJsonAsync<UsageTable>("/api/reports/usage?by=lesson&from=2026-11-01&to=2026-12-01", Json.Options);
        var rows = table!.Rows.ToDictionary(r => r.Keys["lesson"]);
        Assert.Equal(3 + 5 + 7 + 11, rows["group-commit"].LessonOpened.Value);
        Assert.Equal(12, rows["second-counter"].LessonOpened.Value);
    }

    private static UsageReport TwoCounters(ulong sequence)
    {
        var report = Infrastructure.Reports.Opened(sequence, "group-commit", 11);
        report.Counters = [report.Counters[0], Infrastructure.Reports.Opened(sequence, "second-counter", 12).Counters[0]];
        return report;
    }
}

public sealed class ReportStoreSqliteTests() : ReportStoreTests(StorageKind.Sqlite);

public sealed class ReportStorePostgresTests() : ReportStoreTests(StorageKind.PostgreSql);
