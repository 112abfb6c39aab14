using System;
using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Messages;

/// <summary>
/// CBOR for <see cref="ChunkResponse"/>: {0: version, 1: bundle id, 2: bundle version, 3: part,
/// 4: chunk index, 5: status, ? 6: chunk count, ? 7: data}; 6 and 7 are required when Ok.
/// </summary>
public static class ChunkResponseCodec
{
    /// <summary>Largest chunk: small enough for a board without PSRAM to hold twice.</summary>
    public const int MaxChunkSize = 16 * 1024;

    public const int MaxEncodedSize = MaxChunkSize + 128;

    private const uint KeyBundleId = 1;
    private const uint KeyVersion = 2;
    private const uint KeyPart = 3;
    private const uint KeyChunkIndex = 4;
    private const uint KeyStatus = 5;
    private const uint KeyChunkCount = 6;
    private const uint KeyData = 7;

    public static byte[] Encode(ChunkResponse response)
    {
        if (response == null)
        {
            throw new ArgumentNullException("response");
        }

        FieldRules.Require(FieldRules.IsId(response.BundleId), "BundleId");
        FieldRules.Require(response.Part == BundlePart.Manifest || response.Part == BundlePart.Data, "Part");
        FieldRules.Require((int)response.Status >= 0 && (int)response.Status <= (int)ChunkStatus.Busy, "Status");
        FieldRules.Require(response.Data == null || (response.Data.Length > 0 && response.Data.Length <= MaxChunkSize), "Data");
        if (response.Status == ChunkStatus.Ok)
        {
            FieldRules.Require(response.Data != null, "Data");
            FieldRules.Require(response.ChunkIndex < response.ChunkCount, "ChunkCount");
        }

        bool hasCount = response.ChunkCount != 0;
        bool hasData = response.Data != null;
        CborWriter writer = MessageEncoding.Begin(6 + (hasCount ? 1 : 0) + (hasData ? 1 : 0), 64 + (hasData ? response.Data.Length : 0));
        writer.WriteUnsigned(KeyBundleId);
        writer.WriteText(response.BundleId);
        writer.WriteUnsigned(KeyVersion);
        writer.WriteUnsigned(response.Version);
        writer.WriteUnsigned(KeyPart);
        writer.WriteUnsigned((ulong)response.Part);
        writer.WriteUnsigned(KeyChunkIndex);
        writer.WriteUnsigned(response.ChunkIndex);
        writer.WriteUnsigned(KeyStatus);
        writer.WriteUnsigned((ulong)response.Status);
        if (hasCount)
        {
            writer.WriteUnsigned(KeyChunkCount);
            writer.WriteUnsigned(response.ChunkCount);
        }

        if (hasData)
        {
            writer.WriteUnsigned(KeyData);
            writer.WriteBytes(response.Data);
        }

        return writer.ToArray();
    }

    public static ChunkResponse Decode(byte[] data, int offset, int count)
    {
        MessageMapReader map = MessageMapReader.OpenMessage(data, offset, count, new CborLimits(4, MaxChunkSize, 16, MaxEncodedSize));
        var response = new ChunkResponse();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case KeyBundleId:
                    response.BundleId = map.ReadId();
                    break;
                case KeyVersion:
                    response.Version = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case KeyPart:
                    response.Part = (BundlePart)map.ReadEnum(2);
                    break;
                case KeyChunkIndex:
                    response.ChunkIndex = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case KeyStatus:
                    response.Status = (ChunkStatus)map.ReadEnum(4);
                    break;
                case KeyChunkCount:
                    response.ChunkCount = map.ReadUInt32(1, uint.MaxValue);
                    break;
                case KeyData:
                    response.Data = map.ReadBytes(1, MaxChunkSize);
                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.Require((1u << (int)KeyBundleId) | (1u << (int)KeyVersion) | (1u << (int)KeyPart) | (1u << (int)KeyChunkIndex) | (1u << (int)KeyStatus));
        if (response.Status == ChunkStatus.Ok)
        {
            map.Require((1u << (int)KeyChunkCount) | (1u << (int)KeyData));
            if (response.ChunkIndex >= response.ChunkCount)
            {
                throw new ProtocolDecodeException(DecodeError.InvalidValue, "Chunk index beyond the chunk count.");
            }
        }

        map.ExpectEnd();
        return response;
    }
}
