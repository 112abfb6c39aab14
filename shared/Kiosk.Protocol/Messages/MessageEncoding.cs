using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Messages;

/// <summary>What every encoder starts with: the top-level map and the schema version under key 0.</summary>
internal static class MessageEncoding
{
    /// <param name="fieldCount">Keys in the map, the version included.</param>
    internal static CborWriter Begin(int fieldCount, int initialCapacity)
    {
        var writer = new CborWriter(initialCapacity);
        writer.WriteMapHeader(fieldCount);
        writer.WriteUnsigned(0);
        writer.WriteUnsigned(MessageSchema.Version);
        return writer;
    }

    internal static void WriteIds(CborWriter writer, string[] ids)
    {
        writer.WriteArrayHeader(ids.Length);
        for (int i = 0; i < ids.Length; i++)
        {
            writer.WriteText(ids[i]);
        }
    }
}
