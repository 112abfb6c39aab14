using System;
using Kiosk.Firmware.Platform;
using Kiosk.Protocol.Crypto;

namespace Kiosk.Firmware.Storage;

/// <summary>
/// A small piece of state that survives power cuts at any byte, without relying on an atomic
/// rename: two copies ({path}.0 and {path}.1) written alternately, each carrying a sequence
/// number and a SHA-256 of itself. Reading takes the valid copy with the higher sequence; a
/// write always goes to the other copy, so a torn write destroys only the copy being replaced
/// and the previous state stays readable.
/// <code>
/// offset 0   8 bytes  sequence, big-endian
/// offset 8   4 bytes  body length N, big-endian
/// offset 12  N bytes  body
/// offset 12+N 32 bytes SHA-256 of the 12+N bytes before it
/// </code>
/// </summary>
public sealed class DurableRecord
{
    private const int HeaderSize = 12;

    private readonly IFileSystem _fileSystem;
    private readonly string[] _copies;
    private readonly Sha256 _sha = new Sha256();
    private bool _loaded;
    private ulong _sequence;
    private int _newestCopy = -1;

    public DurableRecord(IFileSystem fileSystem, string path)
    {
        if (fileSystem == null)
        {
            throw new ArgumentNullException("fileSystem");
        }

        _fileSystem = fileSystem;
        _copies = new string[] { path + ".0", path + ".1" };
    }

    /// <summary>The body last written completely, or null when there is none.</summary>
    public byte[] Read()
    {
        byte[] newest = null;
        _newestCopy = -1;
        _sequence = 0;
        for (int i = 0; i < _copies.Length; i++)
        {
            byte[] file = _fileSystem.ReadAll(_copies[i]);
            ulong sequence;
            byte[] body = Unpack(file, out sequence);
            if (body != null && (_newestCopy < 0 || sequence > _sequence))
            {
                newest = body;
                _sequence = sequence;
                _newestCopy = i;
            }
        }

        _loaded = true;
        return newest;
    }

    public void Write(byte[] body)
    {
        if (body == null)
        {
            throw new ArgumentNullException("body");
        }

        if (!_loaded)
        {
            Read();
        }

        int target = _newestCopy == 0 ? 1 : 0;
        ulong sequence = _sequence + 1;
        _fileSystem.WriteAll(_copies[target], Pack(body, sequence));
        _fileSystem.Flush();
        _sequence = sequence;
        _newestCopy = target;
    }

    /// <summary>Removes both copies; afterwards <see cref="Read"/> returns null.</summary>
    public void Erase()
    {
        // The older copy goes first: a cut in between leaves the newest state, never an older one.
        if (!_loaded)
        {
            Read();
        }

        int newest = _newestCopy < 0 ? 0 : _newestCopy;
        _fileSystem.Delete(_copies[1 - newest]);
        _fileSystem.Delete(_copies[newest]);
        _newestCopy = -1;
        _sequence = 0;
    }

    private byte[] Pack(byte[] body, ulong sequence)
    {
        var file = new byte[HeaderSize + body.Length + Sha256.HashSize];
        BigEndian.WriteUInt64(file, 0, sequence);
        BigEndian.WriteUInt32(file, 8, (uint)body.Length);
        Array.Copy(body, 0, file, HeaderSize, body.Length);
        _sha.Reset();
        _sha.Update(file, 0, HeaderSize + body.Length);
        _sha.Finish(file, HeaderSize + body.Length);
        return file;
    }

    private byte[] Unpack(byte[] file, out ulong sequence)
    {
        sequence = 0;
        if (file == null || file.Length < HeaderSize + Sha256.HashSize)
        {
            return null;
        }

        uint length = BigEndian.ReadUInt32(file, 8);
        if (length != (uint)(file.Length - HeaderSize - Sha256.HashSize))
        {
            return null;
        }

        var digest = new byte[Sha256.HashSize];
        _sha.Reset();
        _sha.Update(file, 0, HeaderSize + (int)length);
        _sha.Finish(digest, 0);
        if (!ConstantTime.Equal(digest, 0, file, HeaderSize + (int)length, Sha256.HashSize))
        {
            return null;
        }

        sequence = BigEndian.ReadUInt64(file, 0);
        var body = new byte[length];
        Array.Copy(file, HeaderSize, body, 0, (int)length);
        return body;
    }
}
