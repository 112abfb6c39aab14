using Kiosk.Protocol;

namespace Kiosk.Companion.Ingest;

public static class RejectReasons
{
    public static string Name(RejectReason reason) => reason switch
    {
        RejectReason.Malformed => "malformed",
        RejectReason.UnsupportedVersion => "unsupported_version",
        RejectReason.TooLarge => "too_large",
        RejectReason.InvalidValue => "invalid_value",
        RejectReason.UnknownKiosk => "unknown_kiosk",
        RejectReason.UnexpectedTopic => "unexpected_topic",
        RejectReason.NotAuthorized => "not_authorized",
        RejectReason.BadCredentials => "bad_credentials",
        RejectReason.QueueFull => "queue_full",
        _ => "other",
    };

    public static RejectReason FromDecodeError(DecodeError error) => error switch
    {
        DecodeError.UnsupportedVersion => RejectReason.UnsupportedVersion,
        DecodeError.TooLarge or DecodeError.TooDeep => RejectReason.TooLarge,
        DecodeError.InvalidValue or DecodeError.MissingField => RejectReason.InvalidValue,
        _ => RejectReason.Malformed,
    };
}
