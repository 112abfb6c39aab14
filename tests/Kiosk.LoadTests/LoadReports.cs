using Kiosk.Protocol.Messages;

namespace Kiosk.LoadTests;

/// <summary>Realistic usage reports: one probe counter (LessonOpened of <see cref="ProbeLesson"/>, count 1) plus quiz and completion counters.</summary>
public static class LoadReports
{
    public const string ProbeLesson = "load-probe";

    public static byte[] Encode(ulong sequence, int counters)
    {
        var hour = (uint)(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3600);
        var list = new List<UsageCounter>
        {
            new() { HourBucket = hour, LessonId = ProbeLesson, Language = "en", Audience = Audience.Child, AgeBand = AgeBand.From9To12, Event = UsageEvent.LessonOpened, QuestionIndex = -1, Count = 1 },
        };
        for (var i = 1; i < counters; i++)
        {
            list.Add(new UsageCounter
            {
                HourBucket = hour,
                LessonId = "lesson-" + (i % 12),
                Language = "en",
                Audience = Audience.Child,
                AgeBand = AgeBand.From13To17,
                Event = UsageEvent.QuizRight,
                QuestionIndex = i % 5 + (i / 12 * 5),
                Count = (uint)(1 + (i % 3)),
            });
        }
        return UsageReportCodec.Encode(new UsageReport { Sequence = sequence, Counters = [.. list] });
    }
}
