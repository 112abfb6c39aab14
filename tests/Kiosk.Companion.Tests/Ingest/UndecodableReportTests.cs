using System.Net.Http.Json;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Reports;
using Kiosk.Companion.Tests.Infrastructure;
using Kiosk.Protocol;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Companion.Tests.Ingest;

/// <summary>
/// Reports the codec refuses: answered Rejected when their head still names a sequence (so the
/// kiosk drops them instead of resending forever), dropped unanswered when nothing can be read;
/// counted in the reject ledger either way.
/// </summary>
public sealed class UndecodableReportTests : IAsyncLifetime
{
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(10);

    private CompanionEnvironment _companion = null!;
    private SimulatedKiosk _kiosk = null!;

    public async Task InitializeAsync()
    {
        _companion = await CompanionEnvironment.StartAsync(StorageKind.Sqlite, BrokerKind.Embedded);
        _kiosk = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-bad", "school-a"));
        await _kiosk.ConnectAsync();
    }

    public async Task DisposeAsync()
    {
        await _kiosk.DisposeAsync();
        await _companion.DisposeAsync();
    }

    [Fact]
    public async Task A_report_of_an_unknown_schema_version_is_rejected_as_such()
    {
        var payload = UsageReportCodec.Encode(Infrastructure.Reports.Opened(3, "v2", 10));
        // {0: 1, 1: 3, ...}: the byte after key 0 is the version.
        Assert.Equal([0x00, 0x01, 0x01, 0x03], payload[1..5]);
        payload[2] = 0x02;
        Assert.Equal(DecodeError.UnsupportedVersion, Assert.Throws<ProtocolDecodeException>(() => UsageReportCodec.Decode(payload, 0, payload.Length)).Error);

        await _kiosk.PublishAsync(TopicName.Report("kiosk-bad"), payload);
        var ack = await _kiosk.WaitForAckAsync(3, AckTimeout);

        Assert.Equal(ReportAckStatus.Rejected, ack?.Status);
        Assert.Equal(ReportRejectReason.UnsupportedVersion, ack?.Reason);
        Assert.Equal(1, await WaitForRejectsAsync("unsupported_version", 1));
        Assert.Empty(await _companion.Services.GetRequiredService<ReportStore>().SequencesAsync("kiosk-bad", CancellationToken.None));
    }

    [Fact]
    public async Task A_report_damaged_after_its_sequence_is_rejected_as_malformed()
    {
        var valid = UsageReportCodec.Encode(Infrastructure.Reports.Opened(4, "cut", 10));
        var truncated = valid[..^5];
        Assert.Throws<ProtocolDecodeException>(() => UsageReportCodec.Decode(truncated, 0, truncated.Length));

        await _kiosk.PublishAsync(TopicName.Report("kiosk-bad"), truncated);
        var ack = await _kiosk.WaitForAckAsync(4, AckTimeout);

        Assert.Equal(ReportAckStatus.Rejected, ack?.Status);
        Assert.Equal(ReportRejectReason.Malformed, ack?.Reason);
        Assert.Empty(await _companion.Services.GetRequiredService<ReportStore>().SequencesAsync("kiosk-bad", CancellationToken.None));
    }

    [Fact]
    public async Task Bytes_that_name_no_sequence_are_counted_and_get_no_ack()
    {
        byte[][] garbage = [[0xff, 0x00, 0x13], [0xa3, 0x01, 0x01, 0x01, 0x05], [0xa3, 0x00, 0x01, 0x02, 0x05], [0x83, 0x00, 0x01, 0x01]];

        foreach (var payload in garbage)
        {
            await _kiosk.PublishAsync(TopicName.Report("kiosk-bad"), payload);
        }
        // A valid report after them: its ack comes after any answer to the garbage would have.
        var ack = await _kiosk.SendReportAsync(Infrastructure.Reports.Opened(9, "after", 10), AckTimeout);

        Assert.Equal(ReportAckStatus.Accepted, ack?.Status);
        var acks = _kiosk.Received.Where(m => m.Topic == TopicName.Ack("kiosk-bad")).Select(m => ReportAckCodec.Decode(m.Payload, 0, m.Payload.Length)).ToList();
        Assert.Equal([9UL], acks.Select(a => a.Sequence));
        Assert.Equal(garbage.Length, await WaitForRejectsAsync(null, garbage.Length));
    }

    private async Task<long> WaitForRejectsAsync(string? reason, long expected)
    {
        long count = 0;
        for (var attempt = 0; attempt < 100 && count < expected; attempt++)
        {
            await Task.Delay(100);
            var health = await _companion.Api.GetFromJsonAsync<FleetHealth>("/api/fleet/health", Json.Options);
            count = health!.RejectedMessages.Where(r => r.TopicKind == "report" && (reason is null || r.Reason == reason)).Sum(r => r.Count);
        }
        return count;
    }
}
