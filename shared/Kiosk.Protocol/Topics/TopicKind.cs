namespace Kiosk.Protocol.Topics;

/// <summary>The topics of protocol v1; docs/protocol.md says who publishes each and how.</summary>
public enum TopicKind
{
    Status,
    Report,
    Ack,
    Config,
    Catalog,
    ChunkRequest,
    ChunkResponse
}
