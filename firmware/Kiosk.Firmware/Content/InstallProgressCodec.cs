using Kiosk.Protocol.Cbor;

namespace Kiosk.Firmware.Content;

/// <summary>
/// The body of a language's install-progress record: CBOR [slot, chunks done, SHA-256 of the
/// signed manifest]. The hash ties the count to the manifest actually in the slot, so progress
/// left by an abandoned transfer can never be credited to a different one.
/// </summary>
public static class InstallProgressCodec
{
    public static byte[] Encode(int slot, int chunksDone, byte[] manifestSha256)
    {
        var writer = new CborWriter(48);
        writer.WriteArrayHeader(3);
        writer.WriteUnsigned((ulong)slot);
        writer.WriteUnsigned((ulong)chunksDone);
        writer.WriteBytes(manifestSha256);
        return writer.ToArray();
    }

    public static void Decode(byte[] body, out int slot, out int chunksDone, out byte[] manifestSha256)
    {
        var reader = new CborReader(body);
        reader.ReadArrayHeader();
        slot = reader.ReadUnsigned() == 0 ? 0 : 1;
        chunksDone = (int)reader.ReadUnsigned();
        manifestSha256 = reader.ReadBytes();
        reader.ExpectEnd();
    }
}
