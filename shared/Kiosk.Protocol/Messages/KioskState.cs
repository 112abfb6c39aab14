namespace Kiosk.Protocol.Messages;

/// <summary>Connection state in a status message. Offline is what the broker publishes as the kiosk's Last Will.</summary>
public enum KioskState
{
    Offline = 0,
    Online = 1
}
