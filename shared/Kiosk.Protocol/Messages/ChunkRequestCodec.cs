using System;
using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Messages;

/// <summary>CBOR for <see cref="ChunkRequest"/>: {0: version, 1: bundle id, 2: bundle version, 3: part, 4: chunk index}.</summary>
public static class ChunkRequestCodec
{
    public const int MaxEncodedSize = 128;

    private const uint KeyBundleId = 1;
    private const uint KeyVersion = 2;
    private const uint KeyPart = 3;
    private const uint KeyChunkIndex = 4;

    public static byte[] Encode(ChunkRequest request)
    {
        if (request == null)
        {
            throw new ArgumentNullException("request");
        }

        FieldRules.Require(FieldRules.IsId(request.BundleId), "BundleId");
        FieldRules.Require(request.Part == BundlePart.Manifest || request.Part == BundlePart.Data, "Part");
        CborWriter writer = MessageEncoding.Begin(5, 64);
        writer.WriteUnsigned(KeyBundleId);
        writer.WriteText(request.BundleId);
        writer.WriteUnsigned(KeyVersion);
        writer.WriteUnsigned(request.Version);
        writer.WriteUnsigned(KeyPart);
        writer.WriteUnsigned((ulong)request.Part);
        writer.WriteUnsigned(KeyChunkIndex);
        writer.WriteUnsigned(request.ChunkIndex);
        return writer.ToArray();
    }

    public static ChunkRequest Decode(byte[] data, int offset, int count)
    {
        MessageMapReader map = MessageMapReader.OpenMessage(data, offset, count, new CborLimits(4, 64, 16, MaxEncodedSize));
        var request = new ChunkRequest();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case KeyBundleId:
                    request.BundleId = map.ReadId();
                    break;
                case KeyVersion:
                    request.Version = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case KeyPart:
                    request.Part = (BundlePart)map.ReadEnum(2);
                    break;
                case KeyChunkIndex:
                    request.ChunkIndex = map.ReadUInt32(0, uint.MaxValue);
                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.Require((1u << (int)KeyBundleId) | (1u << (int)KeyVersion) | (1u << (int)KeyPart) | (1u << (int)KeyChunkIndex));
        map.ExpectEnd();
        return request;
    }
}
