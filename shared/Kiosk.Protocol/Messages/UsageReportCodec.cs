using System;
using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Messages;

/// <summary>
/// CBOR for <see cref="UsageReport"/>: {0: version, 1: sequence, ? 2: dropped, ? 3: help truth
/// percent, 4: [* counter]}, each counter {0: hour, 1: lesson, 2: language, 3: audience,
/// 4: age band, 5: event, ? 6: question index, 7: count}. Every text field must be an id or a
/// language tag, so no free text can travel in a report.
/// </summary>
public static class UsageReportCodec
{
    public const int MaxCounters = 1024;
    public const int MaxEncodedSize = 64 * 1024;
    public const int MaxQuestionIndex = 255;

    private const uint KeySequence = 1;
    private const uint KeyDroppedCount = 2;
    private const uint KeyHelpTruthPercent = 3;
    private const uint KeyCounters = 4;

    private const uint CounterHour = 0;
    private const uint CounterLesson = 1;
    private const uint CounterLanguage = 2;
    private const uint CounterAudience = 3;
    private const uint CounterAgeBand = 4;
    private const uint CounterEvent = 5;
    private const uint CounterQuestion = 6;
    private const uint CounterCount = 7;

    private const uint CounterRequired = (1u << (int)CounterHour) | (1u << (int)CounterLesson) | (1u << (int)CounterLanguage)
        | (1u << (int)CounterAudience) | (1u << (int)CounterAgeBand) | (1u << (int)CounterEvent) | (1u << (int)CounterCount);

    public static byte[] Encode(UsageReport report)
    {
        if (report == null)
        {
            throw new ArgumentNullException("report");
        }

        Validate(report);
        int fields = 3 + (report.DroppedCount != 0 ? 1 : 0) + (report.HelpTruthPercent != 0 ? 1 : 0);
        CborWriter writer = MessageEncoding.Begin(fields, 32 + (report.Counters.Length * 32));
        writer.WriteUnsigned(KeySequence);
        writer.WriteUnsigned(report.Sequence);
        if (report.DroppedCount != 0)
        {
            writer.WriteUnsigned(KeyDroppedCount);
            writer.WriteUnsigned(report.DroppedCount);
        }

        if (report.HelpTruthPercent != 0)
        {
            writer.WriteUnsigned(KeyHelpTruthPercent);
            writer.WriteUnsigned(report.HelpTruthPercent);
        }

        writer.WriteUnsigned(KeyCounters);
        writer.WriteArrayHeader(report.Counters.Length);
        for (int i = 0; i < report.Counters.Length; i++)
        {
            WriteCounter(writer, report.Counters[i]);
        }

        return writer.ToArray();
    }

    public static UsageReport Decode(byte[] data, int offset, int count)
    {
        MessageMapReader map = MessageMapReader.OpenMessage(data, offset, count, new CborLimits(6, 64, MaxCounters, MaxEncodedSize));
        var report = new UsageReport();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case KeySequence:
                    report.Sequence = map.ReadUnsigned();
                    break;
                case KeyDroppedCount:
                    report.DroppedCount = map.ReadUnsigned();
                    break;
                case KeyHelpTruthPercent:
                    report.HelpTruthPercent = map.ReadUInt32(0, 100);
                    break;
                case KeyCounters:
                    report.Counters = new UsageCounter[map.ReadArrayHeader(MaxCounters)];
                    for (int i = 0; i < report.Counters.Length; i++)
                    {
                        report.Counters[i] = ReadCounter(map.OpenNestedMap());
                    }

                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.Require((1u << (int)KeySequence) | (1u << (int)KeyCounters));
        map.ExpectEnd();
        return report;
    }

    private static bool IsQuiz(UsageEvent usageEvent)
    {
        return usageEvent == UsageEvent.QuizRight || usageEvent == UsageEvent.QuizWrong;
    }

    private static void Validate(UsageReport report)
    {
        FieldRules.Require(report.HelpTruthPercent <= 100, "HelpTruthPercent");
        FieldRules.Require(report.Counters != null && report.Counters.Length <= MaxCounters, "Counters");
        for (int i = 0; i < report.Counters.Length; i++)
        {
            UsageCounter counter = report.Counters[i];
            FieldRules.Require(counter != null, "Counters");
            FieldRules.Require(FieldRules.IsId(counter.LessonId), "LessonId");
            FieldRules.Require(FieldRules.IsLanguage(counter.Language), "Language");
            FieldRules.Require((int)counter.Audience >= 0 && (int)counter.Audience <= (int)Audience.Teacher, "Audience");
            FieldRules.Require((int)counter.AgeBand >= 0 && (int)counter.AgeBand <= (int)AgeBand.From13To17, "AgeBand");
            FieldRules.Require((int)counter.Event >= 0 && (int)counter.Event <= (int)UsageEvent.HelpShown, "Event");
            FieldRules.Require(IsQuiz(counter.Event) ? counter.QuestionIndex >= 0 && counter.QuestionIndex <= MaxQuestionIndex : counter.QuestionIndex == -1, "QuestionIndex");
            FieldRules.Require(counter.Event != UsageEvent.HelpShown || counter.Count <= 1, "Count");
        }
    }

    private static void WriteCounter(CborWriter writer, UsageCounter counter)
    {
        bool quiz = IsQuiz(counter.Event);
        writer.WriteMapHeader(quiz ? 8 : 7);
        writer.WriteUnsigned(CounterHour);
        writer.WriteUnsigned(counter.HourBucket);
        writer.WriteUnsigned(CounterLesson);
        writer.WriteText(counter.LessonId);
        writer.WriteUnsigned(CounterLanguage);
        writer.WriteText(counter.Language);
        writer.WriteUnsigned(CounterAudience);
        writer.WriteUnsigned((ulong)counter.Audience);
        writer.WriteUnsigned(CounterAgeBand);
        writer.WriteUnsigned((ulong)counter.AgeBand);
        writer.WriteUnsigned(CounterEvent);
        writer.WriteUnsigned((ulong)counter.Event);
        if (quiz)
        {
            writer.WriteUnsigned(CounterQuestion);
            writer.WriteUnsigned((ulong)counter.QuestionIndex);
        }

        writer.WriteUnsigned(CounterCount);
        writer.WriteUnsigned(counter.Count);
    }

    private static UsageCounter ReadCounter(MessageMapReader map)
    {
        var counter = new UsageCounter();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case CounterHour:
                    counter.HourBucket = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case CounterLesson:
                    counter.LessonId = map.ReadId();
                    break;
                case CounterLanguage:
                    counter.Language = map.ReadLanguage();
                    break;
                case CounterAudience:
                    counter.Audience = (Audience)map.ReadEnum(3);
                    break;
                case CounterAgeBand:
                    counter.AgeBand = (AgeBand)map.ReadEnum(4);
                    break;
                case CounterEvent:
                    counter.Event = (UsageEvent)map.ReadEnum(5);
                    break;
                case CounterQuestion:
                    counter.QuestionIndex = (int)map.ReadUInt32(0, MaxQuestionIndex);
                    break;
                case CounterCount:
                    counter.Count = map.ReadUInt32(0, uint.MaxValue);
                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.Require(CounterRequired);
        if (IsQuiz(counter.Event))
        {
            map.RequireKey(CounterQuestion);
        }
        else if (map.Has(CounterQuestion))
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "Question index on an event that is not a quiz answer.");
        }

        // A randomized response is one bit per cell; a larger count would be a plain fact again.
        if (counter.Event == UsageEvent.HelpShown && counter.Count > 1)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "A HelpShown count is a randomized bit, 0 or 1.");
        }

        return counter;
    }
}
