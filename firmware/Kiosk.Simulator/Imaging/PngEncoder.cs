using System.Buffers.Binary;
using System.IO.Compression;

namespace Kiosk.Simulator.Imaging;

/// <summary>
/// Writes a BGR565 screen as an 8-bit RGB PNG (IHDR, one zlib IDAT, IEND), expanding each
/// channel by repeating its high bits so white stays 255.
/// </summary>
public static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Encode(ushort[] bgr565, int width, int height)
    {
        var raw = new byte[height * ((width * 3) + 1)];
        int at = 0;
        for (int y = 0; y < height; y++)
        {
            raw[at++] = 0; // filter: none
            for (int x = 0; x < width; x++)
            {
                ushort pixel = bgr565[(y * width) + x];
                int blue = (pixel >> 11) & 0x1F;
                int green = (pixel >> 5) & 0x3F;
                int red = pixel & 0x1F;
                raw[at++] = (byte)((red << 3) | (red >> 2));
                raw[at++] = (byte)((green << 2) | (green >> 4));
                raw[at++] = (byte)((blue << 3) | (blue >> 2));
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        var typed = new byte[4 + data.Length];
        for (int i = 0; i < 4; i++)
        {
            typed[i] = (byte)type[i];
        }
        data.CopyTo(typed, 4);
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc(typed));
        output.Write(word);
    }

    private static uint Crc(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc ^ 0xFFFFFFFF;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
