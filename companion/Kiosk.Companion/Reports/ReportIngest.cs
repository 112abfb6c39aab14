using System.Diagnostics;
using Kiosk.Companion.Ingest;
using Kiosk.Companion.Metrics;
using Kiosk.Companion.Mqtt;
using Kiosk.Protocol;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;

namespace Kiosk.Companion.Reports;

/// <summary>
/// Validates the reports the writer took from the queue, stores the valid ones in one
/// transaction, and only after the commit answers each on its kiosk's ack topic. A duplicate is
/// acknowledged again. A payload that does not decode is counted; if its head still names a
/// sequence it is answered Rejected (the kiosk drops it), otherwise it is dropped unanswered.
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

    /// <summary>
    /// Completes once the valid reports are committed; the task it returns completes once their
    /// acks are out, so the writer can store the next batch while the broker takes the acks.
    /// </summary>
    public async Task<Task> HandleAsync(IReadOnlyList<InboundMessage> messages, CancellationToken cancellationToken)
    {
        var valid = new List<(ReceivedReport Report, long ReceivedAt)>(messages.Count);
        var refusals = new List<Task>();
        foreach (var message in messages)
        {
            if (!TopicName.TryParse(message.Topic, out var topic) || topic.Kind != Protocol.Topics.TopicKind.Report)
            {
                rejects.Record(RejectReason.UnexpectedTopic, "unknown", null);
                continue;
            }
            if (Validate(topic.KioskId, message.Payload, refusals, cancellationToken) is { } report)
            {
                valid.Add((new ReceivedReport(topic.KioskId, report), message.ReceivedAt));
            }
        }
        if (valid.Count == 0)
        {
            return Task.WhenAll(refusals);
        }

        var outcomes = await store.StoreAsync(valid.Select(v => v.Report).ToList(), clock.GetUtcNow(), cancellationToken);
        logger.LogDebug("Stored {Count} reports in one commit", valid.Count);
        return Task.WhenAll(refusals.Append(AcknowledgeStoredAsync(valid, outcomes, cancellationToken)));
    }

    private async Task AcknowledgeStoredAsync(List<(ReceivedReport Report, long ReceivedAt)> valid, StoreOutcome[] outcomes, CancellationToken cancellationToken)
    {
        var acks = new List<Task>(valid.Count);
        for (var i = 0; i < valid.Count; i++)
        {
            var (kioskId, report) = valid[i].Report;
            if (outcomes[i] == StoreOutcome.UnknownKiosk)
            {
                rejects.Record(RejectReason.UnknownKiosk, TopicKind, kioskId);
                continue;
            }
            acks.Add(AcknowledgeAsync(kioskId, report.Sequence, ReportAckStatus.Accepted, ReportRejectReason.None, cancellationToken));
        }
        await Task.WhenAll(acks);

        for (var i = 0; i < valid.Count; i++)
        {
            var seconds = Stopwatch.GetElapsedTime(valid[i].ReceivedAt).TotalSeconds;
            if (outcomes[i] == StoreOutcome.Duplicate)
            {
                metrics.ReportDuplicate(seconds);
                logger.LogInformation("Report {Sequence} from {KioskId} was already stored; acknowledged again", valid[i].Report.Report.Sequence, valid[i].Report.KioskId);
            }
            else if (outcomes[i] == StoreOutcome.Stored)
            {
                metrics.ReportIngested(seconds);
            }
        }
    }

    /// <summary>The decoded report, or null when it is refused; a refusal the kiosk must hear about adds its ack to <paramref name="refusals"/>.</summary>
    private UsageReport? Validate(string kioskId, byte[]? payload, List<Task> refusals, CancellationToken cancellationToken)
    {
        if (payload is null || payload.Length > UsageReportCodec.MaxEncodedSize)
        {
            rejects.Record(RejectReason.TooLarge, TopicKind, kioskId);
            return null;
        }

        UsageReport report;
        try
        {
            report = UsageReportCodec.Decode(payload, 0, payload.Length);
        }
        catch (ProtocolDecodeException error)
        {
            rejects.Record(RejectReasons.FromDecodeError(error.Error), TopicKind, kioskId);
            // A batch that names its sequence is refused for good, so the kiosk drops it rather
            // than resending it forever; one that does not cannot be answered.
            if (ReportSequenceReader.TryRead(payload, out var sequence))
            {
                refusals.Add(AcknowledgeAsync(kioskId, sequence, ReportAckStatus.Rejected, AckReason(error.Error), cancellationToken));
            }
            return null;
        }

        if (report.Sequence == 0 || report.Sequence > long.MaxValue)
        {
            rejects.Record(RejectReason.InvalidValue, TopicKind, kioskId);
            refusals.Add(AcknowledgeAsync(kioskId, report.Sequence, ReportAckStatus.Rejected, ReportRejectReason.Malformed, cancellationToken));
            return null;
        }
        return report;
    }

    private static ReportRejectReason AckReason(DecodeError error) => error switch
    {
        DecodeError.UnsupportedVersion => ReportRejectReason.UnsupportedVersion,
        DecodeError.TooLarge or DecodeError.TooDeep => ReportRejectReason.TooLarge,
        _ => ReportRejectReason.Malformed,
    };

    private Task AcknowledgeAsync(string kioskId, ulong sequence, ReportAckStatus status, ReportRejectReason reason, CancellationToken cancellationToken) =>
        publisher.PublishAsync(
            TopicName.Ack(kioskId),
            ReportAckCodec.Encode(new ReportAck { Sequence = sequence, Status = status, Reason = reason }),
            retain: false,
            cancellationToken);
}
