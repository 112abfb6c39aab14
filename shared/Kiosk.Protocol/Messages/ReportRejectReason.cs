namespace Kiosk.Protocol.Messages;

/// <summary>Why a report batch was rejected. An open-ended code: newer companions may send numbers this version does not name.</summary>
public enum ReportRejectReason
{
    None = 0,
    Malformed = 1,
    UnsupportedVersion = 2,
    TooLarge = 3,
    Other = 4
}
