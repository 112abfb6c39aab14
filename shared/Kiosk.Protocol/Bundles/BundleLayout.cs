namespace Kiosk.Protocol.Bundles;

/// <summary>
/// The bundle file: a 12-byte header, the signed manifest (a COSE_Sign1 object), then the data
/// region. The header only frames the COSE object so it can be found without parsing; everything
/// that matters is inside the signature.
/// <code>
/// offset 0   4 bytes  magic "KBDL"
/// offset 4   1 byte   container version (1)
/// offset 5   3 bytes  zero
/// offset 8   4 bytes  length N of the COSE_Sign1 object, big-endian
/// offset 12  N bytes  COSE_Sign1 whose payload is the CBOR manifest
/// offset 12+N         data region, DataLength bytes, in chunks of ChunkSize
/// </code>
/// </summary>
public static class BundleLayout
{
    public const int HeaderSize = 12;
    public const byte ContainerVersion = 1;

    /// <summary>Manifests stay small (a hash per chunk); anything larger is refused unread.</summary>
    public const int MaxSignedManifestSize = 256 * 1024;

    public const int MinChunkSize = 256;
    public const int MaxChunkSize = 64 * 1024;
    public const int MaxDataLength = 16 * 1024 * 1024;

    private static readonly byte[] Magic = new byte[] { (byte)'K', (byte)'B', (byte)'D', (byte)'L' };

    public static byte[] EncodeHeader(int signedManifestLength)
    {
        var header = new byte[HeaderSize];
        header[0] = Magic[0];
        header[1] = Magic[1];
        header[2] = Magic[2];
        header[3] = Magic[3];
        header[4] = ContainerVersion;
        header[8] = (byte)(signedManifestLength >> 24);
        header[9] = (byte)(signedManifestLength >> 16);
        header[10] = (byte)(signedManifestLength >> 8);
        header[11] = (byte)signedManifestLength;
        return header;
    }

    /// <summary>Returns the signed-manifest length the header announces.</summary>
    public static int DecodeHeader(byte[] header)
    {
        if (header[0] != Magic[0] || header[1] != Magic[1] || header[2] != Magic[2] || header[3] != Magic[3])
        {
            throw new ProtocolDecodeException(DecodeError.Malformed, "Not a kiosk bundle (bad magic).");
        }
        if (header[4] != ContainerVersion)
        {
            throw new ProtocolDecodeException(DecodeError.UnsupportedVersion, "Unsupported bundle container version " + header[4] + ".");
        }
        if (header[5] != 0 || header[6] != 0 || header[7] != 0)
        {
            throw new ProtocolDecodeException(DecodeError.Malformed, "Reserved bundle header bytes must be zero.");
        }
        var length = ((uint)header[8] << 24) | ((uint)header[9] << 16) | ((uint)header[10] << 8) | header[11];
        if (length == 0 || length > MaxSignedManifestSize)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "Signed manifest length " + length + " is out of range.");
        }
        return (int)length;
    }
}
