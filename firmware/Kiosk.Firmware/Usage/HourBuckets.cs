using System;

namespace Kiosk.Firmware.Usage;

/// <summary>Whole hours and days since 1970-01-01T00:00Z, the only time resolution usage keeps.</summary>
public static class HourBuckets
{
    private const long UnixEpochTicks = 621355968000000000L;
    private const long TicksPerHour = 36000000000L;

    public static uint HourOf(DateTime utc)
    {
        long ticks = utc.Ticks - UnixEpochTicks;
        return ticks <= 0 ? 0 : (uint)(ticks / TicksPerHour);
    }

    public static uint DayOf(DateTime utc)
    {
        return HourOf(utc) / 24;
    }
}
