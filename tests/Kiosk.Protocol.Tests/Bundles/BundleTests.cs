using System.Formats.Cbor;
using System.Security.Cryptography;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Cose;
using Kiosk.Protocol.Tests.Cose;
using Kiosk.Signing;
using NSec.Cryptography;

namespace Kiosk.Protocol.Tests.Bundles;

public sealed class BundleTests : IDisposable
{
    private const int ChunkSize = 512;

    private readonly ProgramKey _key = ProgramKey.Generate();
    private readonly byte[] _pages = Pattern(3000, 7);
    private readonly byte[] _atlas = Pattern(1100, 11);

    [Fact]
    public void Round_trip_keeps_manifest_and_sections()
    {
        var bundle = Bundle.Open(new ByteArrayStorage(Build()), _key.PublicKey);

        var manifest = bundle.Manifest;
        Assert.Equal("th-320x240", manifest.BundleId);
        Assert.Equal(42UL, manifest.Version);
        Assert.Equal("th", manifest.Language);
        Assert.Equal("320x240", manifest.Profile);
        Assert.True(manifest.Draft);
        Assert.Equal(ChunkSize, manifest.ChunkSize);
        Assert.Equal(_pages.Length + _atlas.Length, manifest.DataLength);
        Assert.Equal(9, manifest.ChunkCount); // 4,100 bytes in 512-byte chunks
        Assert.Equal(_pages, ReadSection(bundle, "pages"));
        Assert.Equal(_atlas, ReadSection(bundle, "atlas"));
        Assert.Null(manifest.FindSection("missing"));
        bundle.VerifyAllChunks();
    }

    [Fact]
    public void Builds_are_byte_identical()
    {
        Assert.Equal(Build(), Build());
    }

    [Fact]
    public void Opening_reads_only_the_head_and_chunks_one_at_a_time()
    {
        var bytes = Build();
        var storage = new CountingStorage(bytes);

        var bundle = Bundle.Open(storage, _key.PublicKey);
        var headBytes = storage.BytesRead;
        bundle.VerifyAllChunks();

        Assert.Equal(BundleLayout.HeaderSize + bundle.SignedManifest.Length, headBytes);
        Assert.True(storage.LargestRead <= Math.Max(ChunkSize, bundle.SignedManifest.Length));
    }

    [Fact]
    public void Standard_tools_verify_the_manifest_and_chunks()
    {
        var bytes = Build();
        var signedLength = (bytes[8] << 24) | (bytes[9] << 16) | (bytes[10] << 8) | bytes[11];
        var reader = new System.Formats.Cbor.CborReader(bytes.AsMemory(12, signedLength), CborConformanceMode.Canonical);
        reader.ReadTag();
        reader.ReadStartArray();
        var protectedHeader = reader.ReadByteString();
        reader.SkipValue();
        var payload = reader.ReadByteString();
        var signature = reader.ReadByteString();
        var publicKey = NSec.Cryptography.PublicKey.Import(SignatureAlgorithm.Ed25519, _key.PublicKey, KeyBlobFormat.RawPublicKey);

        Assert.True(SignatureAlgorithm.Ed25519.Verify(publicKey, CoseSign1Tests.IndependentSigStructure(protectedHeader, payload), signature));
        var manifest = new System.Formats.Cbor.CborReader(payload, CborConformanceMode.Canonical);
        var entries = manifest.ReadStartMap();
        var hashes = new List<byte[]>();
        for (var i = 0; i < entries; i++)
        {
            if (manifest.ReadInt32() == 8)
            {
                var count = manifest.ReadStartArray();
                for (var j = 0; j < count; j++)
                {
                    hashes.Add(manifest.ReadByteString());
                }
                manifest.ReadEndArray();
            }
            else
            {
                manifest.SkipValue();
            }
        }
        var data = bytes[(12 + signedLength)..];
        Assert.Equal(hashes, data.Chunk(ChunkSize).Select(chunk => SHA256.HashData(chunk)).ToList());
    }

    [Fact]
    public void Flipped_data_bit_is_a_hash_mismatch()
    {
        var bytes = Build();
        bytes[^100] ^= 0x10;
        var bundle = Bundle.Open(new ByteArrayStorage(bytes), _key.PublicKey);

        Assert.Equal(DecodeError.HashMismatch, Assert.Throws<ProtocolDecodeException>(bundle.VerifyAllChunks).Error);
    }

    [Fact]
    public void Swapped_chunks_are_a_hash_mismatch()
    {
        var bytes = Build();
        var dataStart = bytes.Length - (_pages.Length + _atlas.Length);
        var first = bytes[dataStart..(dataStart + ChunkSize)];
        Array.Copy(bytes, dataStart + ChunkSize, bytes, dataStart, ChunkSize);
        first.CopyTo(bytes, dataStart + ChunkSize);
        var bundle = Bundle.Open(new ByteArrayStorage(bytes), _key.PublicKey);

        Assert.Equal(DecodeError.HashMismatch, Assert.Throws<ProtocolDecodeException>(bundle.VerifyAllChunks).Error);
    }

    [Fact]
    public void Tampered_manifest_truncation_extension_and_wrong_key_are_refused()
    {
        var bytes = Build();
        var manifestByte = (byte[])bytes.Clone();
        manifestByte[40] ^= 0x01;
        using var other = ProgramKey.Generate();

        Assert.Equal(DecodeError.BadSignature, Open(manifestByte).Error);
        Assert.Equal(DecodeError.Truncated, Open(bytes[..^1]).Error);
        Assert.Equal(DecodeError.TrailingBytes, Open([.. bytes, 0]).Error);
        Assert.Equal(DecodeError.BadSignature, Assert.Throws<ProtocolDecodeException>(() => Bundle.Open(new ByteArrayStorage(bytes), other.PublicKey)).Error);
        Assert.Equal(DecodeError.Malformed, Open([.. "XXXX"u8, .. bytes[4..]]).Error);
        Assert.Equal(DecodeError.UnsupportedVersion, Open([.. bytes[..4], 2, .. bytes[5..]]).Error);
    }

    [Fact]
    public void Signed_but_inconsistent_manifests_are_refused()
    {
        var manifest = new BundleManifest
        {
            BundleId = "en-320x240",
            Version = 1,
            Language = "en",
            Profile = "320x240",
            ChunkSize = ChunkSize,
            DataLength = 1000,
            ChunkHashes = [new byte[32]],
            Sections = [new BundleSection { Name = "pages", Offset = 0, Length = 1000 }],
        };
        var payload = BundleManifestCodec.Encode(manifest);

        var error = Assert.Throws<ProtocolDecodeException>(() => BundleManifestCodec.Decode(payload, 0, payload.Length));

        Assert.Equal(DecodeError.InvalidValue, error.Error);
    }

    [Fact]
    public void Fuzzed_bundles_end_only_in_typed_rejections()
    {
        var original = Build();
        var random = new Random(20261128);
        var cases = Fuzz.Cases(10_000, 1_000_000);
        var accepted = 0;
        for (var i = 0; i < cases; i++)
        {
            var mutated = Fuzz.Mutate(original, random);
            try
            {
                var bundle = Bundle.Open(new ByteArrayStorage(mutated), _key.PublicKey);
                bundle.VerifyAllChunks();
                // Anything accepted must carry exactly the signed content.
                Assert.Equal(_pages, ReadSection(bundle, "pages"));
                Assert.Equal(_atlas, ReadSection(bundle, "atlas"));
                accepted++;
            }
            catch (ProtocolDecodeException)
            {
            }
        }
        Assert.True(accepted < cases / 100, $"{accepted} of {cases} mutated bundles were accepted");
    }

    public void Dispose() => _key.Dispose();

    private ProtocolDecodeException Open(byte[] bytes) =>
        Assert.Throws<ProtocolDecodeException>(() => Bundle.Open(new ByteArrayStorage(bytes), _key.PublicKey));

    private byte[] Build() =>
        new BundleBuilder("th-320x240", 42, "th", "320x240", ChunkSize) { Draft = true }
            .AddSection("pages", _pages)
            .AddSection("atlas", _atlas)
            .Build(_key);

    private static byte[] ReadSection(Bundle bundle, string name)
    {
        var section = bundle.Manifest.FindSection(name)!;
        var data = new byte[section.Length];
        bundle.ReadSection(section, 0, data, 0, data.Length);
        return data;
    }

    private static byte[] Pattern(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }
}
