namespace Kiosk.Protocol.Messages;

/// <summary>
/// One aggregated cell: how often an event happened for one lesson, language, audience and age
/// band within one UTC hour. For <see cref="UsageEvent.HelpShown"/> the count is a randomized
/// response bit, 0 or 1, not a fact (docs/protocol.md).
/// </summary>
public sealed class UsageCounter
{
    /// <summary>Whole hours since 1970-01-01T00:00Z.</summary>
    public uint HourBucket { get; set; }

    public string LessonId { get; set; }

    public string Language { get; set; }

    public Audience Audience { get; set; }

    public AgeBand AgeBand { get; set; }

    public UsageEvent Event { get; set; }

    /// <summary>Zero-based question for quiz events; -1 (absent on the wire) for every other event.</summary>
    public int QuestionIndex { get; set; } = -1;

    public uint Count { get; set; }
}
