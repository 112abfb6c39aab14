namespace Kiosk.Firmware.Sync;

/// <summary>How patiently a kiosk pulls chunks. The defaults suit a school's Wi-Fi and a busy companion.</summary>
public sealed class SyncTiming
{
    /// <summary>A request unanswered this long is sent again (after a backoff).</summary>
    public int RequestTimeoutMilliseconds = 15000;

    /// <summary>First wait after a failure; doubles with each further failure in a row.</summary>
    public int BackoffBaseMilliseconds = 1000;

    public int BackoffMaxMilliseconds = 120000;

    /// <summary>Wrong chunks in a row before the bundle counts as tampered and is refused.</summary>
    public int MaxChunkMismatches = 3;

    /// <summary>Timeouts in a row before the status says Failed (the kiosk keeps trying).</summary>
    public int TimeoutsBeforeFailed = 3;
}
