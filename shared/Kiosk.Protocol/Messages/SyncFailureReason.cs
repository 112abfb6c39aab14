namespace Kiosk.Protocol.Messages;

/// <summary>Why the last sync failed. An open-ended code: newer kiosks may send numbers this version does not name.</summary>
public enum SyncFailureReason
{
    None = 0,
    SignatureInvalid = 1,
    HashMismatch = 2,
    StorageFull = 3,
    NotFound = 4,
    Timeout = 5,
    RollbackRefused = 6,
    Other = 7
}
