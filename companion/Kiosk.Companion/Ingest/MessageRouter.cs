using Kiosk.Companion.Fleet;
using Kiosk.Companion.Reports;
using Kiosk.Protocol.Topics;

namespace Kiosk.Companion.Ingest;

/// <summary>Hands each inbound message to the handler for its topic; anything else is counted and dropped.</summary>
public sealed class MessageRouter(ReportIngest reports, StatusIngest statuses, RejectLedger rejects)
{
    public Task RouteAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (!TopicName.TryParse(message.Topic, out var topic))
        {
            rejects.Record(RejectReason.UnexpectedTopic, "unknown", null);
            return Task.CompletedTask;
        }

        switch (topic.Kind)
        {
            case TopicKind.Report:
                return reports.HandleAsync(topic.KioskId, message.Payload, cancellationToken);
            case TopicKind.Status:
                return statuses.HandleAsync(topic.KioskId, message.Payload, cancellationToken);
            default:
                rejects.Record(RejectReason.UnexpectedTopic, topic.Kind.ToString().ToLowerInvariant(), topic.KioskId);
                return Task.CompletedTask;
        }
    }
}
