using System.Formats.Cbor;

namespace Kiosk.Protocol.Tests.Messages;

/// <summary>
/// Rewrites encoded messages with System.Formats.Cbor (not our codec), to build inputs our
/// encoders would never produce: extra keys, missing keys, wrong types, other versions.
/// </summary>
internal static class CborMapEditor
{
    /// <summary>The top-level map as key to encoded value, in key order.</summary>
    public static SortedDictionary<ulong, byte[]> ReadTopLevel(byte[] encoded)
    {
        var reader = new CborReader(encoded, CborConformanceMode.Strict);
        var map = new SortedDictionary<ulong, byte[]>();
        int? count = reader.ReadStartMap();
        for (int i = 0; i < count; i++)
        {
            ulong key = reader.ReadUInt64();
            map[key] = reader.ReadEncodedValue().ToArray();
        }

        reader.ReadEndMap();
        return map;
    }

    public static byte[] WriteTopLevel(SortedDictionary<ulong, byte[]> map)
    {
        var writer = new CborWriter(CborConformanceMode.Lax);
        writer.WriteStartMap(map.Count);
        foreach (var (key, value) in map)
        {
            writer.WriteUInt64(key);
            writer.WriteEncodedValue(value);
        }

        writer.WriteEndMap();
        return writer.Encode();
    }

    public static byte[] Encode(Action<CborWriter> write)
    {
        var writer = new CborWriter(CborConformanceMode.Lax);
        write(writer);
        return writer.Encode();
    }

    /// <summary>
    /// Copies an item, adding two keys no v1 reader knows (31 with a nested structure, 4000 with
    /// a float) to every map whose keys are unsigned, at any depth.
    /// </summary>
    public static byte[] AddUnknownKeysEverywhere(byte[] encoded)
    {
        var reader = new CborReader(encoded, CborConformanceMode.Lax);
        var writer = new CborWriter(CborConformanceMode.Lax);
        CopyWithUnknownKeys(reader, writer);
        return writer.Encode();
    }

    private static void CopyWithUnknownKeys(CborReader reader, CborWriter writer)
    {
        switch (reader.PeekState())
        {
            case CborReaderState.StartArray:
                {
                    int count = reader.ReadStartArray()!.Value;
                    writer.WriteStartArray(count);
                    for (int i = 0; i < count; i++)
                    {
                        CopyWithUnknownKeys(reader, writer);
                    }

                    reader.ReadEndArray();
                    writer.WriteEndArray();
                    break;
                }

            case CborReaderState.StartMap:
                {
                    int count = reader.ReadStartMap()!.Value;
                    writer.WriteStartMap(count + 2);
                    for (int i = 0; i < count; i++)
                    {
                        writer.WriteUInt64(reader.ReadUInt64());
                        CopyWithUnknownKeys(reader, writer);
                    }

                    reader.ReadEndMap();
                    writer.WriteUInt64(31);
                    writer.WriteStartArray(3);
                    writer.WriteTextString("future");
                    writer.WriteStartMap(1);
                    writer.WriteTextString("nested");
                    writer.WriteTag(CborTag.UnsignedBigNum);
                    writer.WriteByteString([1, 2, 3]);
                    writer.WriteEndMap();
                    writer.WriteNull();
                    writer.WriteEndArray();
                    writer.WriteUInt64(4000);
                    writer.WriteDouble(2.5);
                    writer.WriteEndMap();
                    break;
                }

            default:
                writer.WriteEncodedValue(reader.ReadEncodedValue().Span);
                break;
        }
    }
}
