namespace Kiosk.Companion.Ingest;

/// <summary>A row of rejected_messages.</summary>
public sealed class RejectCount
{
    public string Reason { get; set; } = "";

    public string TopicKind { get; set; } = "";

    public long Count { get; set; }

    public long LastAt { get; set; }
}
