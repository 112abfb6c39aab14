namespace Kiosk.Protocol.Messages;

/// <summary>
/// The companion's answer to a report, sent only after the batch is durably stored (or refused
/// for good). Either way the kiosk may then delete the batch from flash.
/// </summary>
public sealed class ReportAck
{
    public ulong Sequence { get; set; }

    public ReportAckStatus Status { get; set; }

    public ReportRejectReason Reason { get; set; }
}
