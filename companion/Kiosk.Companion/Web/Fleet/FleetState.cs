namespace Kiosk.Companion.Web.Fleet;

/// <summary>The connection state the fleet page filters by.</summary>
public enum FleetState
{
    Online,
    Offline,
    NeverSeen,
}
