using System;
using Kiosk.Protocol.Cose;
using Kiosk.Protocol.Crypto;

namespace Kiosk.Protocol.Bundles;

/// <summary>
/// A bundle on storage whose manifest signature has been checked. Chunks are read and checked
/// against their manifest hashes one at a time, so memory stays at one chunk whatever the
/// bundle size. Open with <see cref="Open"/>.
/// </summary>
public sealed class Bundle
{
    private readonly IRandomAccessStorage _storage;
    private readonly long _dataStart;
    private readonly Sha256 _sha = new Sha256();
    private readonly byte[] _digest = new byte[Sha256.HashSize];

    private Bundle(IRandomAccessStorage storage, BundleManifest manifest, byte[] signedManifest, long dataStart)
    {
        _storage = storage;
        Manifest = manifest;
        SignedManifest = signedManifest;
        _dataStart = dataStart;
    }

    public BundleManifest Manifest { get; private set; }

    /// <summary>The COSE_Sign1 bytes exactly as stored; what chunk transfers send first.</summary>
    public byte[] SignedManifest { get; private set; }

    /// <summary>
    /// Reads the header and the signed manifest, checks the signature with the program's public
    /// key and that the storage holds exactly the announced data. Chunk contents are checked
    /// later by <see cref="ReadChunk"/> or <see cref="VerifyAllChunks"/>.
    /// </summary>
    public static Bundle Open(IRandomAccessStorage storage, byte[] publicKey)
    {
        var header = new byte[BundleLayout.HeaderSize];
        ReadExactly(storage, 0, header, 0, header.Length);
        var signedLength = BundleLayout.DecodeHeader(header);
        var signed = new byte[signedLength];
        ReadExactly(storage, BundleLayout.HeaderSize, signed, 0, signedLength);
        var payload = CoseSign1Verifier.VerifiedPayload(signed, 0, signed.Length, publicKey);
        var manifest = BundleManifestCodec.Decode(payload, 0, payload.Length);
        long dataStart = BundleLayout.HeaderSize + signedLength;
        var expectedLength = dataStart + manifest.DataLength;
        if (storage.Length < expectedLength)
        {
            throw new ProtocolDecodeException(DecodeError.Truncated, "The bundle is shorter than its manifest says.");
        }
        if (storage.Length > expectedLength)
        {
            throw new ProtocolDecodeException(DecodeError.TrailingBytes, "The bundle is longer than its manifest says.");
        }
        return new Bundle(storage, manifest, signed, dataStart);
    }

    /// <summary>
    /// Reads chunk <paramref name="index"/> into <paramref name="buffer"/> (at least ChunkSize
    /// long) and checks its hash; returns its length.
    /// </summary>
    public int ReadChunk(int index, byte[] buffer)
    {
        if (index < 0 || index >= Manifest.ChunkCount)
        {
            throw new ArgumentOutOfRangeException("index");
        }
        var length = Manifest.ChunkLength(index);
        ReadExactly(_storage, _dataStart + (long)index * Manifest.ChunkSize, buffer, 0, length);
        if (!ChunkMatches(Manifest, index, buffer, 0, length, _sha, _digest))
        {
            throw new ProtocolDecodeException(DecodeError.HashMismatch, "Chunk " + index + " does not match its hash.");
        }
        return length;
    }

    /// <summary>Checks every chunk; a kiosk does this once before it activates a bundle.</summary>
    public void VerifyAllChunks()
    {
        var buffer = new byte[Manifest.ChunkSize];
        for (var i = 0; i < Manifest.ChunkCount; i++)
        {
            ReadChunk(i, buffer);
        }
    }

    /// <summary>
    /// Reads bytes of a section. No hash check: sections are read after the whole bundle was
    /// verified on install, and re-hashing on every page turn would cost the device dearly.
    /// </summary>
    public void ReadSection(BundleSection section, int position, byte[] buffer, int offset, int count)
    {
        if (position < 0 || count < 0 || position > section.Length - count)
        {
            throw new ArgumentOutOfRangeException("position");
        }
        ReadExactly(_storage, _dataStart + section.Offset + position, buffer, offset, count);
    }

    /// <summary>True when <paramref name="count"/> bytes of <paramref name="data"/> hash to the
    /// manifest's hash for chunk <paramref name="index"/>; used for chunks arriving over MQTT too.</summary>
    public static bool ChunkMatches(BundleManifest manifest, int index, byte[] data, int offset, int count, Sha256 sha, byte[] digest)
    {
        if (index < 0 || index >= manifest.ChunkCount || count != manifest.ChunkLength(index))
        {
            return false;
        }
        sha.Reset();
        sha.Update(data, offset, count);
        sha.Finish(digest, 0);
        var expected = manifest.ChunkHashes[index];
        var difference = 0;
        for (var i = 0; i < digest.Length; i++)
        {
            difference |= digest[i] ^ expected[i];
        }
        return difference == 0;
    }

    private static void ReadExactly(IRandomAccessStorage storage, long position, byte[] buffer, int offset, int count)
    {
        while (count > 0)
        {
            var read = storage.Read(position, buffer, offset, count);
            if (read <= 0)
            {
                throw new ProtocolDecodeException(DecodeError.Truncated, "The bundle ends early.");
            }
            position += read;
            offset += read;
            count -= read;
        }
    }
}
