namespace Kiosk.Protocol.Messages;

/// <summary>
/// The schema version every message carries under key 0. Additions that old readers may ignore
/// keep this number; a change old readers would misread gets a new one (docs/protocol.md).
/// </summary>
public static class MessageSchema
{
    public const uint Version = 1;
}
