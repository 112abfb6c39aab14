using Kiosk.Companion.Fleet;
using Kiosk.Protocol.Topics;

namespace Kiosk.Companion.Ingest;

/// <summary>Hands each non-report message to the handler for its topic; anything else is counted and dropped.</summary>
public sealed class MessageRouter(StatusIngest statuses, RejectLedger rejects)
{
    public Task RouteAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (!TopicName.TryParse(message.Topic, out var topic))
        {
            rejects.Record(RejectReason.UnexpectedTopic, "unknown", null);
            return Task.CompletedTask;
        }
        if (topic.Kind == TopicKind.Status)
        {
            return statuses.HandleAsync(topic.KioskId, message.Payload, cancellationToken);
        }
        rejects.Record(RejectReason.UnexpectedTopic, topic.Kind.ToString().ToLowerInvariant(), topic.KioskId);
        return Task.CompletedTask;
    }
}
