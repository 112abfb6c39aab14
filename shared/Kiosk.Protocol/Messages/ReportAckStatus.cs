namespace Kiosk.Protocol.Messages;

/// <summary>Whether the companion stored a report batch.</summary>
public enum ReportAckStatus
{
    Accepted = 0,
    Rejected = 1
}
