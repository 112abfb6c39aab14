using System.Diagnostics;
using Kiosk.Companion.Ingest;
using Kiosk.Companion.Metrics;
using Kiosk.Companion.Mqtt;
using Kiosk.Protocol;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;

namespace Kiosk.Companion.Reports;

/// <summary>
/// Validates a report, stores it, and only after the commit answers on the kiosk's ack topic.
/// A duplicate is acknowledged again. A payload that does not decode has no trustworthy sequence,
/// so it gets no ack: it is counted and dropped.
/// </summary>
public sealed class ReportIngest(
    ReportStore store,
    IKioskPublisher publisher,
    RejectLedger rejects,
    CompanionMetrics metrics,
    TimeProvider clock,
    ILogger<ReportIngest> logger)
{
    private const string TopicKind = "report";

    public async Task HandleAsync(string kioskId, byte[]? payload, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (payload is null || payload.Length > UsageReportCodec.MaxEncodedSize)
        {
            rejects.Record(RejectReason.TooLarge, TopicKind, kioskId);
            return;
        }

        UsageReport report;
        try
        {
            report = UsageReportCodec.Decode(payload, 0, payload.Length);
        }
        catch (ProtocolDecodeException error)
        {
            rejects.Record(RejectReasons.FromDecodeError(error.Error), TopicKind, kioskId);
            return;
        }

        if (report.Sequence == 0 || report.Sequence > long.MaxValue)
        {
            rejects.Record(RejectReason.InvalidValue, TopicKind, kioskId);
            await AcknowledgeAsync(kioskId, report.Sequence, ReportAckStatus.Rejected, ReportRejectReason.Malformed, cancellationToken);
            return;
        }

        var outcome = await store.StoreAsync(kioskId, report, clock.GetUtcNow(), cancellationToken);
        if (outcome == StoreOutcome.UnknownKiosk)
        {
            rejects.Record(RejectReason.UnknownKiosk, TopicKind, kioskId);
            return;
        }

        await AcknowledgeAsync(kioskId, report.Sequence, ReportAckStatus.Accepted, ReportRejectReason.None, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (outcome == StoreOutcome.Duplicate)
        {
            metrics.ReportDuplicate(seconds);
            logger.LogInformation("Report {Sequence} from {KioskId} was already stored; acknowledged again", report.Sequence, kioskId);
        }
        else
        {
            metrics.ReportIngested(seconds);
            logger.LogDebug("Stored report {Sequence} from {KioskId} with {Counters} counters", report.Sequence, kioskId, report.Counters.Length);
        }
    }

    private Task AcknowledgeAsync(string kioskId, ulong sequence, ReportAckStatus status, ReportRejectReason reason, CancellationToken cancellationToken) =>
        publisher.PublishAsync(
            TopicName.Ack(kioskId),
            ReportAckCodec.Encode(new ReportAck { Sequence = sequence, Status = status, Reason = reason }),
            retain: false,
            cancellationToken);
}
