namespace Kiosk.Protocol.Topics;

/// <summary>A topic taken apart by <see cref="TopicName.TryParse"/>.</summary>
public sealed class ParsedTopic
{
    public ParsedTopic(TopicKind kind, string kioskId, string groupId)
    {
        Kind = kind;
        KioskId = kioskId;
        GroupId = groupId;
    }

    public TopicKind Kind { get; }

    /// <summary>The kiosk the topic belongs to; null for <see cref="TopicKind.Catalog"/>.</summary>
    public string KioskId { get; }

    /// <summary>The group of a <see cref="TopicKind.Catalog"/> topic; null for every other kind.</summary>
    public string GroupId { get; }
}
