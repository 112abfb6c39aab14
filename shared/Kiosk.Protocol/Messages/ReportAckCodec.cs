using System;
using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Messages;

/// <summary>CBOR for <see cref="ReportAck"/>: {0: version, 1: sequence, 2: status, ? 3: reason}.</summary>
public static class ReportAckCodec
{
    public const int MaxEncodedSize = 64;

    private const uint KeySequence = 1;
    private const uint KeyStatus = 2;
    private const uint KeyReason = 3;

    public static byte[] Encode(ReportAck ack)
    {
        if (ack == null)
        {
            throw new ArgumentNullException("ack");
        }

        FieldRules.Require(ack.Status == ReportAckStatus.Accepted || ack.Status == ReportAckStatus.Rejected, "Status");
        FieldRules.Require((int)ack.Reason >= 0, "Reason");
        bool hasReason = ack.Reason != ReportRejectReason.None;
        CborWriter writer = MessageEncoding.Begin(hasReason ? 4 : 3, 24);
        writer.WriteUnsigned(KeySequence);
        writer.WriteUnsigned(ack.Sequence);
        writer.WriteUnsigned(KeyStatus);
        writer.WriteUnsigned((ulong)ack.Status);
        if (hasReason)
        {
            writer.WriteUnsigned(KeyReason);
            writer.WriteUnsigned((ulong)ack.Reason);
        }

        return writer.ToArray();
    }

    public static ReportAck Decode(byte[] data, int offset, int count)
    {
        MessageMapReader map = MessageMapReader.OpenMessage(data, offset, count, new CborLimits(4, 64, 16, MaxEncodedSize));
        var ack = new ReportAck();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case KeySequence:
                    ack.Sequence = map.ReadUnsigned();
                    break;
                case KeyStatus:
                    ack.Status = (ReportAckStatus)map.ReadEnum(2);
                    break;
                case KeyReason:
                    ack.Reason = (ReportRejectReason)map.ReadCode();
                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.Require((1u << (int)KeySequence) | (1u << (int)KeyStatus));
        map.ExpectEnd();
        return ack;
    }
}
