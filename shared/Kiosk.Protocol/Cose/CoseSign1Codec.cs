using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Cose;

/// <summary>
/// Encodes and decodes COSE_Sign1 objects. We write the tagged form (tag 18) with the algorithm
/// in the protected header and the key id in the unprotected header, as any COSE library expects;
/// we read tagged and untagged objects. Decoding checks shape only; signatures are checked by
/// <see cref="CoseSign1Verifier"/>.
/// </summary>
public static class CoseSign1Codec
{
    /// <summary>Large enough for a bundle manifest of a few thousand chunks.</summary>
    public static readonly CborLimits Limits = new CborLimits(8, 256 * 1024, 64, 300 * 1024);

    private static readonly CborLimits HeaderLimits = new CborLimits(4, 256, 16, 1024);

    public static byte[] EncodeProtectedHeader(int algorithm)
    {
        var writer = new CborWriter(8);
        writer.WriteMapHeader(1);
        writer.WriteInt32(CoseAlgorithm.AlgorithmLabel);
        writer.WriteInt32(algorithm);
        return writer.ToArray();
    }

    public static byte[] Encode(CoseSign1 message)
    {
        var writer = new CborWriter(message.Payload.Length + message.ProtectedHeader.Length + 96);
        writer.WriteTag(CoseAlgorithm.Sign1Tag);
        writer.WriteArrayHeader(4);
        writer.WriteBytes(message.ProtectedHeader);
        if (message.KeyId == null)
        {
            writer.WriteMapHeader(0);
        }
        else
        {
            writer.WriteMapHeader(1);
            writer.WriteInt32(CoseAlgorithm.KeyIdLabel);
            writer.WriteBytes(message.KeyId);
        }
        writer.WriteBytes(message.Payload);
        writer.WriteBytes(message.Signature);
        return writer.ToArray();
    }

    public static CoseSign1 Decode(byte[] data, int offset, int count)
    {
        CborWellFormedness.Check(data, offset, count, Limits);
        var reader = new CborReader(data, offset, count, Limits);
        if (reader.PeekMajorType() == CborMajorType.Tag && reader.ReadTag() != CoseAlgorithm.Sign1Tag)
        {
            throw new ProtocolDecodeException(DecodeError.UnexpectedType, "Not a COSE_Sign1 object (wrong CBOR tag).");
        }
        if (reader.ReadArrayHeader() != 4)
        {
            throw new ProtocolDecodeException(DecodeError.Malformed, "A COSE_Sign1 array has exactly four elements.");
        }
        var message = new CoseSign1();
        message.ProtectedHeader = reader.ReadBytes();
        message.Algorithm = ReadProtectedAlgorithm(message.ProtectedHeader);
        message.KeyId = ReadUnprotectedKeyId(reader);
        if (reader.PeekMajorType() != CborMajorType.ByteString)
        {
            // A detached payload (nil) is legal COSE, but our objects always carry theirs.
            throw new ProtocolDecodeException(DecodeError.UnexpectedType, "The COSE_Sign1 payload must be attached.");
        }
        message.Payload = reader.ReadBytes();
        message.Signature = reader.ReadBytes();
        reader.ExpectEnd();
        return message;
    }

    private static int ReadProtectedAlgorithm(byte[] header)
    {
        if (header.Length == 0)
        {
            throw new ProtocolDecodeException(DecodeError.MissingField, "The protected header must name the algorithm.");
        }
        CborWellFormedness.Check(header, 0, header.Length, HeaderLimits);
        var reader = new CborReader(header, 0, header.Length, HeaderLimits);
        var entries = reader.ReadMapHeader();
        var algorithm = 0;
        var found = false;
        for (var i = 0; i < entries; i++)
        {
            if (reader.PeekMajorType() == CborMajorType.TextString)
            {
                reader.SkipValue();
                reader.SkipValue();
                continue;
            }
            var label = reader.ReadInt64();
            if (label == CoseAlgorithm.AlgorithmLabel)
            {
                algorithm = reader.ReadInt32();
                found = true;
            }
            else if (label == CoseAlgorithm.CriticalLabel)
            {
                // RFC 9052 section 3.1: a recipient must reject headers marked critical that it
                // does not understand, and we understand none beyond the algorithm.
                throw new ProtocolDecodeException(DecodeError.Unsupported, "The protected header marks headers as critical.");
            }
            else
            {
                reader.SkipValue();
            }
        }
        reader.ExpectEnd();
        if (!found)
        {
            throw new ProtocolDecodeException(DecodeError.MissingField, "The protected header must name the algorithm.");
        }
        return algorithm;
    }

    private static byte[] ReadUnprotectedKeyId(CborReader reader)
    {
        var entries = reader.ReadMapHeader();
        byte[] keyId = null;
        for (var i = 0; i < entries; i++)
        {
            if (reader.PeekMajorType() == CborMajorType.TextString)
            {
                reader.SkipValue();
                reader.SkipValue();
                continue;
            }
            if (reader.ReadInt64() == CoseAlgorithm.KeyIdLabel)
            {
                keyId = reader.ReadBytes();
            }
            else
            {
                reader.SkipValue();
            }
        }
        return keyId;
    }
}
