using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Usage;

/// <summary>One counter being accumulated: the key of a <see cref="UsageCounter"/> and its count so far.</summary>
public sealed class UsageCell
{
    public uint HourBucket;

    public string LessonId;

    public string Language;

    public Audience Audience;

    public AgeBand AgeBand;

    public UsageEvent Event;

    /// <summary>-1 for events that are not about a quiz question.</summary>
    public int QuestionIndex = -1;

    public uint Count;

    public bool HasKey(uint hourBucket, string lessonId, string language, Audience audience, AgeBand ageBand, UsageEvent usageEvent, int questionIndex)
    {
        return HourBucket == hourBucket && Event == usageEvent && QuestionIndex == questionIndex && Audience == audience
            && AgeBand == ageBand && LessonId == lessonId && Language == language;
    }

    public UsageCounter ToCounter()
    {
        var counter = new UsageCounter();
        counter.HourBucket = HourBucket;
        counter.LessonId = LessonId;
        counter.Language = Language;
        counter.Audience = Audience;
        counter.AgeBand = AgeBand;
        counter.Event = Event;
        counter.QuestionIndex = QuestionIndex;
        counter.Count = Count;
        return counter;
    }
}
