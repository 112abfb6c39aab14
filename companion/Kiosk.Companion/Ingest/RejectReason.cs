namespace Kiosk.Companion.Ingest;

/// <summary>Why the broker or the ingest dropped a message. Stored and exported by <see cref="RejectReasons.Name"/>.</summary>
public enum RejectReason
{
    Malformed,
    UnsupportedVersion,
    TooLarge,
    InvalidValue,
    UnknownKiosk,
    UnexpectedTopic,
    NotAuthorized,
    BadCredentials,
    QueueFull,
}
