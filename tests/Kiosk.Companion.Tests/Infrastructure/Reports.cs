using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Tests.Infrastructure;

/// <summary>Report batches for tests.</summary>
public static class Reports
{
    /// <summary>2026-11-23T10:00Z, a Monday, as whole hours since 1970.</summary>
    public static readonly uint MondayHour = (uint)(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds() / 3600);

    public static UsageReport Opened(ulong sequence, string lessonId, uint count, uint hour = 0) => new()
    {
        Sequence = sequence,
        Counters =
        [
            new UsageCounter
            {
                HourBucket = hour == 0 ? MondayHour : hour,
                LessonId = lessonId,
                Language = "en",
                Audience = Audience.Child,
                AgeBand = AgeBand.From9To12,
                Event = UsageEvent.LessonOpened,
                Count = count,
            },
        ],
    };
}
