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
/// Garbage through the real broker into the ingest: random bytes, bit-flipped and truncated valid
/// reports, oversized payloads. Every one must be counted and dropped, and the companion must
/// still take valid reports afterwards.
/// </summary>
public sealed class FuzzedPayloadTests : IAsyncLifetime
{
    private const int Payloads = 10_000;

    private CompanionEnvironment _companion = null!;

    public async Task InitializeAsync() => _companion = await CompanionEnvironment.StartAsync(StorageKind.Sqlite, BrokerKind.Embedded);

    public async Task DisposeAsync() => await _companion.DisposeAsync();

    [Fact]
    public async Task Ten_thousand_fuzzed_reports_are_counted_and_dropped_and_ingest_goes_on()
    {
        await using var kiosk = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-fuzz", "school-a"));
        await kiosk.ConnectAsync();
        var payloads = FuzzedPayloads(new Random(20261128)).Take(Payloads).ToList();

        foreach (var payload in payloads)
        {
            await kiosk.PublishAsync(TopicName.Report("kiosk-fuzz"), payload);
        }
        var rejected = await WaitForRejectsAsync(Payloads);

        Assert.Equal(Payloads, rejected);
        var store = _companion.Services.GetRequiredService<ReportStore>();
        Assert.Empty(await store.SequencesAsync("kiosk-fuzz", CancellationToken.None));
        var ack = await kiosk.SendReportAsync(Infrastructure.Reports.Opened(1, "after-fuzz", 10), TimeSpan.FromSeconds(10));
        Assert.Equal(ReportAckStatus.Accepted, ack?.Status);
        Assert.Equal([1L], await store.SequencesAsync("kiosk-fuzz", CancellationToken.None));
        // A fresh connection still gets in.
        await using var late = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-late", "school-a"));
        await late.ConnectAsync();
        Assert.Equal(ReportAckStatus.Accepted, (await late.SendReportAsync(Infrastructure.Reports.Opened(1, "x", 1), TimeSpan.FromSeconds(10)))?.Status);
    }

    private async Task<long> WaitForRejectsAsync(long expected)
    {
        long count = 0;
        for (var attempt = 0; attempt < 600 && count < expected; attempt++)
        {
            await Task.Delay(100);
            var health = await _companion.Api.GetFromJsonAsync<FleetHealth>("/api/fleet/health", Json.Options);
            count = health!.RejectedMessages.Where(r => r.TopicKind == "report").Sum(r => r.Count);
        }
        // Let a little more time pass: more rejects than payloads would be a bug too.
        await Task.Delay(1500);
        var final = await _companion.Api.GetFromJsonAsync<FleetHealth>("/api/fleet/health", Json.Options);
        return final!.RejectedMessages.Where(r => r.TopicKind == "report").Sum(r => r.Count);
    }

    // Only payloads the shared codec refuses count as garbage: a bit flip can leave a valid report
    // (a count changed from 3 to 7), which the companion rightly stores.
    private static IEnumerable<byte[]> FuzzedPayloads(Random random)
    {
        var valid = UsageReportCodec.Encode(SampleReport(random));
        var index = 0;
        while (true)
        {
            byte[] payload = (index++ % 10) switch
            {
                0 or 1 or 2 => RandomBytes(random, random.Next(0, 400)),
                3 or 4 or 5 or 6 => BitFlipped(random, valid),
                7 or 8 => valid[..random.Next(0, valid.Length)],
                _ => index % 200 == 9 ? RandomBytes(random, UsageReportCodec.MaxEncodedSize + 1 + random.Next(0, 8192)) : Spliced(random, valid),
            };
            if (IsRefusedByCodec(payload))
            {
                yield return payload;
            }
        }
    }

    private static bool IsRefusedByCodec(byte[] payload)
    {
        if (payload.Length > UsageReportCodec.MaxEncodedSize)
        {
            return true;
        }
        try
        {
            var report = UsageReportCodec.Decode(payload, 0, payload.Length);
            return report.Sequence == 0 || report.Sequence > long.MaxValue;
        }
        catch (ProtocolDecodeException)
        {
            return true;
        }
    }

    private static UsageReport SampleReport(Random random) => new()
    {
        Sequence = 42,
        HelpTruthPercent = 75,
        Counters = Enumerable.Range(0, 20).Select(i => new UsageCounter
        {
            HourBucket = Infrastructure.Reports.MondayHour + (uint)i,
            LessonId = "lesson-" + i,
            Language = i % 2 == 0 ? "en" : "th",
            Audience = Audience.Child,
            AgeBand = AgeBand.Under9,
            Event = i % 5 == 4 ? UsageEvent.HelpShown : UsageEvent.QuizRight,
            QuestionIndex = i % 5 == 4 ? -1 : i % 5,
            Count = i % 5 == 4 ? 1u : (uint)random.Next(1, 100),
        }).ToArray(),
    };

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] BitFlipped(Random random, byte[] valid)
    {
        var copy = (byte[])valid.Clone();
        for (var flips = random.Next(1, 4); flips > 0; flips--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }
        return copy;
    }

    private static byte[] Spliced(Random random, byte[] valid)
    {
        var at = random.Next(valid.Length);
        return [.. valid[..at], .. RandomBytes(random, random.Next(1, 16)), .. valid[at..]];
    }
}
