using Kiosk.Protocol.Cbor;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Usage;

/// <summary>
/// CBOR for <see cref="UsageState"/>: [next sequence, dropped, [* [hour, lesson, language,
/// audience, age band, event, question + 1, count]], [* [day, count per event...]]].
/// </summary>
public static class UsageStateCodec
{
    public static byte[] Encode(UsageState state)
    {
        var writer = new CborWriter(64 + (state.Cells.Count * 40));
        writer.WriteArrayHeader(4);
        writer.WriteUnsigned(state.NextSequence);
        writer.WriteUnsigned(state.DroppedCount);
        writer.WriteArrayHeader(state.Cells.Count);
        for (int i = 0; i < state.Cells.Count; i++)
        {
            var cell = (UsageCell)state.Cells[i];
            writer.WriteArrayHeader(8);
            writer.WriteUnsigned(cell.HourBucket);
            writer.WriteText(cell.LessonId);
            writer.WriteText(cell.Language);
            writer.WriteUnsigned((ulong)cell.Audience);
            writer.WriteUnsigned((ulong)cell.AgeBand);
            writer.WriteUnsigned((ulong)cell.Event);
            writer.WriteUnsigned((ulong)(cell.QuestionIndex + 1));
            writer.WriteUnsigned(cell.Count);
        }

        writer.WriteArrayHeader(LocalTotals.Days);
        for (int row = 0; row < LocalTotals.Days; row++)
        {
            writer.WriteArrayHeader(1 + LocalTotals.EventCount);
            writer.WriteUnsigned(state.Totals.DayAt(row));
            for (int e = 0; e < LocalTotals.EventCount; e++)
            {
                writer.WriteUnsigned(state.Totals.CountAt(row, e));
            }
        }

        return writer.ToArray();
    }

    public static UsageState Decode(byte[] body)
    {
        var reader = new CborReader(body);
        var state = new UsageState();
        reader.ReadArrayHeader();
        state.NextSequence = reader.ReadUnsigned();
        state.DroppedCount = reader.ReadUnsigned();
        int cells = reader.ReadArrayHeader();
        for (int i = 0; i < cells; i++)
        {
            reader.ReadArrayHeader();
            var cell = new UsageCell();
            cell.HourBucket = (uint)reader.ReadUnsigned();
            cell.LessonId = reader.ReadText();
            cell.Language = reader.ReadText();
            cell.Audience = (Audience)(int)reader.ReadUnsigned();
            cell.AgeBand = (AgeBand)(int)reader.ReadUnsigned();
            cell.Event = (UsageEvent)(int)reader.ReadUnsigned();
            cell.QuestionIndex = (int)reader.ReadUnsigned() - 1;
            cell.Count = (uint)reader.ReadUnsigned();
            state.Cells.Add(cell);
        }

        int rows = reader.ReadArrayHeader();
        for (int row = 0; row < rows && row < LocalTotals.Days; row++)
        {
            reader.ReadArrayHeader();
            uint day = (uint)reader.ReadUnsigned();
            for (int e = 0; e < LocalTotals.EventCount; e++)
            {
                state.Totals.Restore(row, day, e, (uint)reader.ReadUnsigned());
            }
        }

        return state;
    }
}
