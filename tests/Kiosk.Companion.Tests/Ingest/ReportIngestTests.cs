using System.Net.Http.Json;
using Kiosk.Companion.Reports;
using Kiosk.Companion.Tests.Infrastructure;
using Kiosk.Protocol.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Companion.Tests.Ingest;

/// <summary>Reports from a real MQTT kiosk to the database and back as an ack, per storage and broker.</summary>
public abstract class ReportIngestTests(StorageKind storage, BrokerKind broker) : IAsyncLifetime
{
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(10);

    private CompanionEnvironment _companion = null!;

    public async Task InitializeAsync() => _companion = await CompanionEnvironment.StartAsync(storage, broker);

    public async Task DisposeAsync() => await _companion.DisposeAsync();

    [Fact]
    public async Task A_report_is_committed_before_its_ack_arrives()
    {
        await using var kiosk = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-one", "school-a"));
        await kiosk.ConnectAsync();

        var ack = await kiosk.SendReportAsync(Infrastructure.Reports.Opened(1, "privacy-1", 12), AckTimeout);

        Assert.NotNull(ack);
        Assert.Equal(ReportAckStatus.Accepted, ack.Status);
        // Read straight after the ack: had the ack gone out before the commit, this could miss it.
        var stored = await _companion.Services.GetRequiredService<ReportStore>().SequencesAsync("kiosk-one", CancellationToken.None);
        Assert.Equal([1L], stored);
        var table = await _companion.Api.GetFromJsonAsync<UsageTable>("/api/reports/usage?by=lesson&from=2026-11-01&to=2026-12-01");
        Assert.Equal(12, Assert.Single(table!.Rows).LessonOpened.Value);
    }

    [Fact]
    public async Task A_duplicate_sequence_is_acked_again_and_counted_once()
    {
        await using var kiosk = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-two", "school-a"));
        await kiosk.ConnectAsync();
        var report = Infrastructure.Reports.Opened(7, "privacy-1", 15);

        var first = await kiosk.SendReportAsync(report, AckTimeout);
        var second = await kiosk.SendReportAsync(report, AckTimeout);
        var next = await kiosk.SendReportAsync(Infrastructure.Reports.Opened(8, "privacy-1", 20), AckTimeout);

        Assert.Equal(ReportAckStatus.Accepted, first?.Status);
        Assert.Equal(ReportAckStatus.Accepted, second?.Status);
        Assert.Equal(ReportAckStatus.Accepted, next?.Status);
        var table = await _companion.Api.GetFromJsonAsync<UsageTable>("/api/reports/usage?by=lesson&from=2026-11-01&to=2026-12-01");
        Assert.Equal(35, Assert.Single(table!.Rows).LessonOpened.Value);
        Assert.Equal([7L, 8L], await _companion.Services.GetRequiredService<ReportStore>().SequencesAsync("kiosk-two", CancellationToken.None));
    }

    [Fact]
    public async Task Kiosks_re_sending_unacked_batches_across_a_companion_restart_lose_and_double_nothing()
    {
        const int Batches = 24;
        var provisioned = await _companion.ProvisionKioskAsync("kiosk-restart", "school-a");
        await using var kiosk = SimulatedKiosk.From(provisioned);
        await kiosk.ConnectAsync();

        Task? restart = null;
        for (ulong sequence = 1; sequence <= Batches; sequence++)
        {
            if (sequence == Batches / 2)
            {
                // Restart while the kiosk keeps sending: this batch and the next race the shutdown.
                restart = _companion.RestartAsync();
            }
            await SendUntilAckedAsync(kiosk, Infrastructure.Reports.Opened(sequence, "restart-lesson", 1));
        }
        await restart!;

        var stored = await _companion.Services.GetRequiredService<ReportStore>().SequencesAsync("kiosk-restart", CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, Batches).Select(i => (long)i), stored);
        var table = await _companion.Api.GetFromJsonAsync<UsageTable>("/api/reports/usage?by=lesson&from=2026-11-01&to=2026-12-01");
        Assert.Equal(Batches, Assert.Single(table!.Rows).LessonOpened.Value);
    }

    // The kiosk's side of the report flow: resend the oldest unacked batch until it is acked,
    // reconnecting whenever the broker went away.
    private static async Task SendUntilAckedAsync(SimulatedKiosk kiosk, UsageReport report)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            try
            {
                if (!kiosk.IsConnected)
                {
                    await kiosk.ConnectAsync();
                }
                var ack = await kiosk.SendReportAsync(report, TimeSpan.FromSeconds(1));
                if (ack?.Status == ReportAckStatus.Accepted)
                {
                    return;
                }
            }
            catch (Exception) when (attempt < 59)
            {
                await Task.Delay(200);
            }
        }
        Assert.Fail($"Batch {report.Sequence} was never acknowledged.");
    }
}

public sealed class ReportIngestSqliteEmbeddedTests() : ReportIngestTests(StorageKind.Sqlite, BrokerKind.Embedded);

public sealed class ReportIngestPostgresEmbeddedTests() : ReportIngestTests(StorageKind.PostgreSql, BrokerKind.Embedded);

public sealed class ReportIngestPostgresMosquittoTests() : ReportIngestTests(StorageKind.PostgreSql, BrokerKind.Mosquitto);
