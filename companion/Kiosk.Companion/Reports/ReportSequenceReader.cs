using Kiosk.Protocol;
using Kiosk.Protocol.Cbor;
using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Reports;

/// <summary>
/// Reads just the sequence number from the head of a report the codec refused. Every report
/// starts {0: version, 1: sequence, ...} (deterministic encoding puts keys in ascending order), so
/// a batch damaged further on, or of a schema version this companion does not know, still names
/// the batch it is, and the kiosk can be told to drop it instead of sending it forever.
/// </summary>
public static class ReportSequenceReader
{
    public static bool TryRead(byte[] payload, out ulong sequence)
    {
        sequence = 0;
        try
        {
            var reader = new CborReader(payload, 0, payload.Length, new CborLimits(4, 64, UsageReportCodec.MaxCounters, UsageReportCodec.MaxEncodedSize));
            if (reader.ReadMapHeader() < 2 || reader.ReadUnsigned() != 0)
            {
                return false;
            }
            reader.ReadUnsigned();
            if (reader.ReadUnsigned() != 1)
            {
                return false;
            }
            sequence = reader.ReadUnsigned();
        }
        catch (ProtocolDecodeException)
        {
            return false;
        }
        // Zero is never a batch, and the database cannot hold more than 2^63-1.
        return sequence is > 0 and <= long.MaxValue;
    }
}
