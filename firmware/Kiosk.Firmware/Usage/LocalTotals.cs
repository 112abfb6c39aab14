using System;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Usage;

/// <summary>
/// What the teacher sees on the kiosk: per day and event, the same counts that go into reports
/// (help-screen counts included as randomized), for the last <see cref="Days"/> days. Kept apart
/// from the batches because those leave the kiosk once the companion acknowledges them.
/// </summary>
public sealed class LocalTotals
{
    public const int Days = 7;
    public const int EventCount = 5;

    // Row i holds day _days[i]; a day that rolls out of the week is overwritten in place.
    private readonly uint[] _days = new uint[Days];
    private readonly uint[] _counts = new uint[Days * EventCount];

    public void Add(uint day, UsageEvent usageEvent)
    {
        int row = (int)(day % Days);
        if (_days[row] != day)
        {
            _days[row] = day;
            Array.Clear(_counts, row * EventCount, EventCount);
        }

        _counts[(row * EventCount) + (int)usageEvent]++;
    }

    public uint Today(uint today, UsageEvent usageEvent)
    {
        return Sum(today, today, usageEvent);
    }

    /// <summary>Today and the six days before it.</summary>
    public uint ThisWeek(uint today, UsageEvent usageEvent)
    {
        return Sum(today >= Days - 1 ? today - (Days - 1) : 0, today, usageEvent);
    }

    internal uint DayAt(int row)
    {
        return _days[row];
    }

    internal uint CountAt(int row, int usageEvent)
    {
        return _counts[(row * EventCount) + usageEvent];
    }

    internal void Restore(int row, uint day, int usageEvent, uint count)
    {
        _days[row] = day;
        _counts[(row * EventCount) + usageEvent] = count;
    }

    private uint Sum(uint first, uint last, UsageEvent usageEvent)
    {
        uint total = 0;
        for (int row = 0; row < Days; row++)
        {
            if (_days[row] >= first && _days[row] <= last)
            {
                total += _counts[(row * EventCount) + (int)usageEvent];
            }
        }

        return total;
    }
}
