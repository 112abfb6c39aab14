using Kiosk.Protocol.Cbor;
using Kiosk.Protocol.Crypto;

namespace Kiosk.Protocol.Bundles;

/// <summary>
/// CBOR encoding of <see cref="BundleManifest"/> (CDDL in docs/protocol.md). Keys are small
/// integers; unknown keys are skipped so a v1 kiosk can read a manifest with v2 additions.
/// Decoding validates every field a kiosk later relies on, so a signed but inconsistent
/// manifest is still refused.
/// </summary>
public static class BundleManifestCodec
{
    private const int KeyVersion = 0;
    private const int KeyBundleId = 1;
    private const int KeyBundleVersion = 2;
    private const int KeyLanguage = 3;
    private const int KeyProfile = 4;
    private const int KeyDraft = 5;
    private const int KeyChunkSize = 6;
    private const int KeyDataLength = 7;
    private const int KeyChunkHashes = 8;
    private const int KeySections = 9;

    private const int SectionKeyName = 0;
    private const int SectionKeyOffset = 1;
    private const int SectionKeyLength = 2;

    private const int MaxSections = 512;

    public static readonly CborLimits Limits = new CborLimits(
        6, 256, 8192, BundleLayout.MaxSignedManifestSize);

    public static byte[] Encode(BundleManifest manifest)
    {
        var writer = new CborWriter(128 + manifest.ChunkCount * 34 + manifest.Sections.Length * 32);
        writer.WriteMapHeader(10);
        writer.WriteInt32(KeyVersion);
        writer.WriteInt32(BundleManifest.SchemaVersion);
        writer.WriteInt32(KeyBundleId);
        writer.WriteText(manifest.BundleId);
        writer.WriteInt32(KeyBundleVersion);
        writer.WriteUnsigned(manifest.Version);
        writer.WriteInt32(KeyLanguage);
        writer.WriteText(manifest.Language);
        writer.WriteInt32(KeyProfile);
        writer.WriteText(manifest.Profile);
        writer.WriteInt32(KeyDraft);
        writer.WriteBool(manifest.Draft);
        writer.WriteInt32(KeyChunkSize);
        writer.WriteInt32(manifest.ChunkSize);
        writer.WriteInt32(KeyDataLength);
        writer.WriteInt32(manifest.DataLength);
        writer.WriteInt32(KeyChunkHashes);
        writer.WriteArrayHeader(manifest.ChunkHashes.Length);
        for (var i = 0; i < manifest.ChunkHashes.Length; i++)
        {
            writer.WriteBytes(manifest.ChunkHashes[i]);
        }
        writer.WriteInt32(KeySections);
        writer.WriteArrayHeader(manifest.Sections.Length);
        for (var i = 0; i < manifest.Sections.Length; i++)
        {
            var section = manifest.Sections[i];
            writer.WriteMapHeader(3);
            writer.WriteInt32(SectionKeyName);
            writer.WriteText(section.Name);
            writer.WriteInt32(SectionKeyOffset);
            writer.WriteInt32(section.Offset);
            writer.WriteInt32(SectionKeyLength);
            writer.WriteInt32(section.Length);
        }
        return writer.ToArray();
    }

    public static BundleManifest Decode(byte[] data, int offset, int count)
    {
        CborWellFormedness.Check(data, offset, count, Limits);
        var reader = new CborReader(data, offset, count, Limits);
        var manifest = new BundleManifest();
        var seen = 0;
        var entries = reader.ReadMapHeader();
        for (var i = 0; i < entries; i++)
        {
            var key = reader.ReadInt64();
            if (key >= 0 && key <= KeySections)
            {
                var bit = 1 << (int)key;
                if ((seen & bit) != 0)
                {
                    throw new ProtocolDecodeException(DecodeError.Malformed, "Manifest key " + key + " appears twice.");
                }
                seen |= bit;
            }
            switch (key)
            {
                case KeyVersion:
                    if (reader.ReadUnsigned() != BundleManifest.SchemaVersion)
                    {
                        throw new ProtocolDecodeException(DecodeError.UnsupportedVersion, "Unsupported manifest schema version.");
                    }
                    break;
                case KeyBundleId:
                    manifest.BundleId = ReadName(reader, 64, "bundle id");
                    break;
                case KeyBundleVersion:
                    manifest.Version = reader.ReadUnsigned();
                    break;
                case KeyLanguage:
                    manifest.Language = ReadName(reader, 16, "language");
                    break;
                case KeyProfile:
                    manifest.Profile = ReadName(reader, 32, "profile");
                    break;
                case KeyDraft:
                    manifest.Draft = reader.ReadBool();
                    break;
                case KeyChunkSize:
                    manifest.ChunkSize = reader.ReadInt32();
                    break;
                case KeyDataLength:
                    manifest.DataLength = reader.ReadInt32();
                    break;
                case KeyChunkHashes:
                    manifest.ChunkHashes = ReadChunkHashes(reader);
                    break;
                case KeySections:
                    manifest.Sections = ReadSections(reader);
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        }
        reader.ExpectEnd();
        const int required = (1 << (KeySections + 1)) - 1 - (1 << KeyDraft);
        if ((seen & required) != required)
        {
            throw new ProtocolDecodeException(DecodeError.MissingField, "The manifest lacks a required field.");
        }
        CheckConsistency(manifest);
        return manifest;
    }

    private static void CheckConsistency(BundleManifest manifest)
    {
        if (manifest.ChunkSize < BundleLayout.MinChunkSize || manifest.ChunkSize > BundleLayout.MaxChunkSize)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "Chunk size " + manifest.ChunkSize + " is out of range.");
        }
        if (manifest.DataLength < 0 || manifest.DataLength > BundleLayout.MaxDataLength)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "Data length " + manifest.DataLength + " is out of range.");
        }
        var expectedChunks = (manifest.DataLength + manifest.ChunkSize - 1) / manifest.ChunkSize;
        if (manifest.ChunkHashes.Length != expectedChunks)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "The chunk hashes do not match the data length.");
        }
        for (var i = 0; i < manifest.Sections.Length; i++)
        {
            var section = manifest.Sections[i];
            if (section.Offset < 0 || section.Length < 0 || section.Offset > manifest.DataLength - section.Length)
            {
                throw new ProtocolDecodeException(DecodeError.InvalidValue, "Section '" + section.Name + "' lies outside the data.");
            }
            for (var j = 0; j < i; j++)
            {
                if (manifest.Sections[j].Name == section.Name)
                {
                    throw new ProtocolDecodeException(DecodeError.InvalidValue, "Section '" + section.Name + "' appears twice.");
                }
            }
        }
    }

    private static byte[][] ReadChunkHashes(CborReader reader)
    {
        var count = reader.ReadArrayHeader();
        var hashes = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            hashes[i] = reader.ReadBytes();
            if (hashes[i].Length != Sha256.HashSize)
            {
                throw new ProtocolDecodeException(DecodeError.InvalidValue, "A chunk hash must be 32 bytes.");
            }
        }
        return hashes;
    }

    private static BundleSection[] ReadSections(CborReader reader)
    {
        var count = reader.ReadArrayHeader();
        if (count > MaxSections)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "Too many sections.");
        }
        var sections = new BundleSection[count];
        for (var i = 0; i < count; i++)
        {
            var section = new BundleSection();
            section.Offset = -1;
            section.Length = -1;
            var entries = reader.ReadMapHeader();
            for (var j = 0; j < entries; j++)
            {
                switch (reader.ReadInt64())
                {
                    case SectionKeyName:
                        section.Name = ReadName(reader, 64, "section name");
                        break;
                    case SectionKeyOffset:
                        section.Offset = reader.ReadInt32();
                        break;
                    case SectionKeyLength:
                        section.Length = reader.ReadInt32();
                        break;
                    default:
                        reader.SkipValue();
                        break;
                }
            }
            if (section.Name == null || section.Offset < 0 || section.Length < 0)
            {
                throw new ProtocolDecodeException(DecodeError.MissingField, "A section needs a name, an offset and a length.");
            }
            sections[i] = section;
        }
        return sections;
    }

    /// <summary>Identifiers are short printable ASCII (letters, digits, '.', '_', '-', '/').</summary>
    private static string ReadName(CborReader reader, int maxLength, string what)
    {
        var name = reader.ReadText();
        if (!IsValidName(name, maxLength))
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "Invalid " + what + ".");
        }
        return name;
    }

    public static bool IsValidName(string name, int maxLength)
    {
        if (name == null || name.Length == 0 || name.Length > maxLength)
        {
            return false;
        }
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == '/';
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }
}
