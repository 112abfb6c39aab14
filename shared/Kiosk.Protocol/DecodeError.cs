namespace Kiosk.Protocol;

/// <summary>Why a payload from the wire was refused. Callers branch on this, not on message text.</summary>
public enum DecodeError
{
    Truncated,
    Malformed,
    TooDeep,
    TooLarge,
    UnexpectedType,
    InvalidUtf8,
    Unsupported,
    TrailingBytes,
    MissingField,
    UnsupportedVersion,
    InvalidValue,
    BadSignature,
    HashMismatch
}
