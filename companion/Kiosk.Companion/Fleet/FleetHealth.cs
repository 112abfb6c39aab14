using Kiosk.Companion.Ingest;

namespace Kiosk.Companion.Fleet;

/// <summary>The fleet at a glance: who is online, who has not been seen for a day, what firmware runs, what was dropped.</summary>
public sealed record FleetHealth(
    int Kiosks,
    int Online,
    int Offline,
    int NeverSeen,
    int NotSeenForADay,
    IReadOnlyDictionary<string, int> Firmware,
    IReadOnlyList<RejectCount> RejectedMessages);
