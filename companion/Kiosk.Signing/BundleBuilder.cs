using System.Security.Cryptography;
using Kiosk.Protocol.Bundles;

namespace Kiosk.Signing;

/// <summary>
/// Writes a signed bundle: sections laid end to end in the order added, cut into chunks, each
/// chunk hashed into the manifest, the manifest signed. No timestamps and a deterministic
/// signature scheme, so the same inputs give byte-identical bundles. Ids and names follow the
/// wire's id rule (lowercase letters, digits, '.', '_', '-'); a bad one fails in <see cref="Build"/>.
/// </summary>
public sealed class BundleBuilder
{
    public const int DefaultChunkSize = 4096;

    private readonly List<(string Name, byte[] Data)> _sections = [];

    public BundleBuilder(string bundleId, uint version, string language, string profile, int chunkSize = DefaultChunkSize)
    {
        if (chunkSize is < BundleLayout.MinChunkSize or > BundleLayout.MaxChunkSize)
        {
            throw new ArgumentOutOfRangeException(nameof(chunkSize), chunkSize, $"Chunk size must be {BundleLayout.MinChunkSize}..{BundleLayout.MaxChunkSize} bytes.");
        }
        BundleId = bundleId;
        Version = version;
        Language = language;
        Profile = profile;
        ChunkSize = chunkSize;
    }

    public string BundleId { get; }

    public uint Version { get; }

    public string Language { get; }

    public string Profile { get; }

    public int ChunkSize { get; }

    /// <summary>Marks the bundle as holding machine-drafted text awaiting native review.</summary>
    public bool Draft { get; set; }

    public BundleBuilder AddSection(string name, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(data);
        if (_sections.Exists(section => section.Name == name))
        {
            throw new ArgumentException($"Section '{name}' was already added.", nameof(name));
        }
        _sections.Add((name, data));
        return this;
    }

    public byte[] Build(ProgramKey key)
    {
        var dataLength = _sections.Sum(section => (long)section.Data.Length);
        if (dataLength > BundleLayout.MaxDataLength)
        {
            throw new InvalidOperationException($"Bundle '{BundleId}' holds {dataLength} bytes; the limit is {BundleLayout.MaxDataLength}.");
        }
        var data = new byte[dataLength];
        var sections = new BundleSection[_sections.Count];
        var offset = 0;
        for (var i = 0; i < _sections.Count; i++)
        {
            var (name, bytes) = _sections[i];
            bytes.CopyTo(data, offset);
            sections[i] = new BundleSection { Name = name, Offset = offset, Length = bytes.Length };
            offset += bytes.Length;
        }
        var manifest = new BundleManifest
        {
            BundleId = BundleId,
            Version = Version,
            Language = Language,
            Profile = Profile,
            Draft = Draft,
            ChunkSize = ChunkSize,
            DataLength = data.Length,
            ChunkHashes = data.Chunk(ChunkSize).Select(chunk => SHA256.HashData(chunk)).ToArray(),
            Sections = sections,
        };
        var signed = CoseSign1Signer.Sign(BundleManifestCodec.Encode(manifest), key);
        if (signed.Length > BundleLayout.MaxSignedManifestSize)
        {
            throw new InvalidOperationException($"Bundle '{BundleId}' has too many chunks for one manifest; use a larger chunk size.");
        }
        return [.. BundleLayout.EncodeHeader(signed.Length), .. signed, .. data];
    }
}
