using nanoFramework.Networking;

namespace Kiosk.Firmware.Esp32.Time;

/// <summary>
/// Starts the firmware's SNTP client. A school network often blocks the internet's time servers,
/// so the companion's host is asked first (run an NTP server beside the companion, see
/// hardware/README.md) and the public pool second.
/// </summary>
public static class TimeSync
{
    private const string PublicPool = "pool.ntp.org";

    public static void Start(string companionHost)
    {
        Sntp.Server1 = companionHost;
        Sntp.Server2 = PublicPool;
        Sntp.Start();
        Sntp.UpdateNow();
    }
}
