using Kiosk.Protocol.Topics;

namespace Kiosk.Companion.Mqtt;

/// <summary>
/// The broker ACL for kiosks (docs/protocol.md, "Broker ACL"): a kiosk publishes only its own
/// status, report and chunk-request, and subscribes only to its own ack, config and
/// chunk-response and to its group's catalog. Filters must name a topic exactly: no wildcards.
/// </summary>
public static class KioskTopicAccess
{
    public static bool MayPublish(string kioskId, string topic) =>
        TopicName.TryParse(topic, out var parsed)
        && parsed.KioskId == kioskId
        && parsed.Kind is TopicKind.Status or TopicKind.Report or TopicKind.ChunkRequest;

    public static bool MaySubscribe(string kioskId, string groupId, string topicFilter)
    {
        if (!TopicName.TryParse(topicFilter, out var parsed))
        {
            return false;
        }
        return parsed.Kind == TopicKind.Catalog
            ? parsed.GroupId == groupId
            : parsed.KioskId == kioskId && parsed.Kind is TopicKind.Ack or TopicKind.Config or TopicKind.ChunkResponse;
    }
}
