using System;
using Kiosk.Protocol.Cbor;
using Kiosk.Protocol.Crypto;
using Kiosk.Protocol.Messages;

namespace Kiosk.Protocol.Bundles;

/// <summary>
/// CBOR for <see cref="BundleManifest"/>, the payload of a bundle's COSE_Sign1 (CDDL in
/// docs/protocol.md): {0: version, 1: bundle id, 2: bundle version, 3: language, 4: profile,
/// ? 5: draft (only written when true), 6: chunk size, 7: data length, 8: [* chunk SHA-256],
/// 9: [* {0: name, 1: offset, 2: length}]}. Decoding also checks that the fields agree with each
/// other, so a signed but inconsistent manifest is still refused.
/// </summary>
public static class BundleManifestCodec
{
    public const int MaxSections = 512;

    /// <summary>Enough for 16 MB of data in 4 KB chunks.</summary>
    public const int MaxChunks = 4096;

    private const uint KeyBundleId = 1;
    private const uint KeyBundleVersion = 2;
    private const uint KeyLanguage = 3;
    private const uint KeyProfile = 4;
    private const uint KeyDraft = 5;
    private const uint KeyChunkSize = 6;
    private const uint KeyDataLength = 7;
    private const uint KeyChunkHashes = 8;
    private const uint KeySections = 9;

    private const uint SectionName = 0;
    private const uint SectionOffset = 1;
    private const uint SectionLength = 2;

    private const uint RequiredKeys = (1u << 10) - 1 - (1u << (int)KeyDraft);
    private const uint RequiredSectionKeys = 7;

    public static readonly CborLimits Limits = new CborLimits(4, 64, MaxChunks, BundleLayout.MaxSignedManifestSize);

    public static byte[] Encode(BundleManifest manifest)
    {
        if (manifest == null)
        {
            throw new ArgumentNullException("manifest");
        }

        Validate(manifest);
        CborWriter writer = MessageEncoding.Begin(manifest.Draft ? 10 : 9, 128 + (manifest.ChunkCount * 34) + (manifest.Sections.Length * 32));
        writer.WriteUnsigned(KeyBundleId);
        writer.WriteText(manifest.BundleId);
        writer.WriteUnsigned(KeyBundleVersion);
        writer.WriteUnsigned(manifest.Version);
        writer.WriteUnsigned(KeyLanguage);
        writer.WriteText(manifest.Language);
        writer.WriteUnsigned(KeyProfile);
        writer.WriteText(manifest.Profile);
        if (manifest.Draft)
        {
            writer.WriteUnsigned(KeyDraft);
            writer.WriteBool(true);
        }

        writer.WriteUnsigned(KeyChunkSize);
        writer.WriteUnsigned((ulong)manifest.ChunkSize);
        writer.WriteUnsigned(KeyDataLength);
        writer.WriteUnsigned((ulong)manifest.DataLength);
        writer.WriteUnsigned(KeyChunkHashes);
        writer.WriteArrayHeader(manifest.ChunkHashes.Length);
        for (int i = 0; i < manifest.ChunkHashes.Length; i++)
        {
            writer.WriteBytes(manifest.ChunkHashes[i]);
        }

        writer.WriteUnsigned(KeySections);
        writer.WriteArrayHeader(manifest.Sections.Length);
        for (int i = 0; i < manifest.Sections.Length; i++)
        {
            BundleSection section = manifest.Sections[i];
            writer.WriteMapHeader(3);
            writer.WriteUnsigned(SectionName);
            writer.WriteText(section.Name);
            writer.WriteUnsigned(SectionOffset);
            writer.WriteUnsigned((ulong)section.Offset);
            writer.WriteUnsigned(SectionLength);
            writer.WriteUnsigned((ulong)section.Length);
        }

        return writer.ToArray();
    }

    public static BundleManifest Decode(byte[] data, int offset, int count)
    {
        MessageMapReader map = MessageMapReader.OpenMessage(data, offset, count, Limits);
        var manifest = new BundleManifest();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case KeyBundleId:
                    manifest.BundleId = map.ReadId();
                    break;
                case KeyBundleVersion:
                    manifest.Version = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case KeyLanguage:
                    manifest.Language = map.ReadLanguage();
                    break;
                case KeyProfile:
                    manifest.Profile = map.ReadId();
                    break;
                case KeyDraft:
                    manifest.Draft = map.ReadBool();
                    break;
                case KeyChunkSize:
                    manifest.ChunkSize = (int)map.ReadUInt32(BundleLayout.MinChunkSize, BundleLayout.MaxChunkSize);
                    break;
                case KeyDataLength:
                    manifest.DataLength = (int)map.ReadUInt32(0, BundleLayout.MaxDataLength);
                    break;
                case KeyChunkHashes:
                    manifest.ChunkHashes = ReadChunkHashes(map);
                    break;
                case KeySections:
                    manifest.Sections = ReadSections(map);
                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.ExpectEnd();
        map.Require(RequiredKeys);
        CheckConsistency(manifest);
        return manifest;
    }

    private static byte[][] ReadChunkHashes(MessageMapReader map)
    {
        var hashes = new byte[map.ReadArrayHeader(MaxChunks)][];
        for (int i = 0; i < hashes.Length; i++)
        {
            hashes[i] = map.ReadBytes(Sha256.HashSize, Sha256.HashSize);
        }

        return hashes;
    }

    private static BundleSection[] ReadSections(MessageMapReader map)
    {
        var sections = new BundleSection[map.ReadArrayHeader(MaxSections)];
        for (int i = 0; i < sections.Length; i++)
        {
            MessageMapReader record = map.OpenNestedMap();
            var section = new BundleSection();
            uint key;
            while (record.NextKey(out key))
            {
                switch (key)
                {
                    case SectionName:
                        section.Name = record.ReadId();
                        break;
                    case SectionOffset:
                        section.Offset = (int)record.ReadUInt32(0, BundleLayout.MaxDataLength);
                        break;
                    case SectionLength:
                        section.Length = (int)record.ReadUInt32(0, BundleLayout.MaxDataLength);
                        break;
                    default:
                        record.SkipValue();
                        break;
                }
            }

            record.Require(RequiredSectionKeys);
            sections[i] = section;
        }

        return sections;
    }

    private static void CheckConsistency(BundleManifest manifest)
    {
        int expectedChunks = (manifest.DataLength + manifest.ChunkSize - 1) / manifest.ChunkSize;
        if (manifest.ChunkHashes.Length != expectedChunks)
        {
            throw Invalid("The chunk hashes do not match the data length.");
        }

        for (int i = 0; i < manifest.Sections.Length; i++)
        {
            BundleSection section = manifest.Sections[i];
            if (section.Offset > manifest.DataLength - section.Length)
            {
                throw Invalid("Section '" + section.Name + "' lies outside the data.");
            }

            for (int j = 0; j < i; j++)
            {
                if (manifest.Sections[j].Name == section.Name)
                {
                    throw Invalid("Section '" + section.Name + "' appears twice.");
                }
            }
        }
    }

    private static void Validate(BundleManifest manifest)
    {
        FieldRules.Require(FieldRules.IsId(manifest.BundleId), "BundleId");
        FieldRules.Require(FieldRules.IsLanguage(manifest.Language), "Language");
        FieldRules.Require(FieldRules.IsId(manifest.Profile), "Profile");
        FieldRules.Require(manifest.ChunkSize >= BundleLayout.MinChunkSize && manifest.ChunkSize <= BundleLayout.MaxChunkSize, "ChunkSize");
        FieldRules.Require(manifest.DataLength >= 0 && manifest.DataLength <= BundleLayout.MaxDataLength, "DataLength");
        FieldRules.Require(manifest.ChunkHashes != null && manifest.ChunkHashes.Length <= MaxChunks, "ChunkHashes");
        FieldRules.Require(manifest.Sections != null && manifest.Sections.Length <= MaxSections, "Sections");
        for (int i = 0; i < manifest.Sections.Length; i++)
        {
            FieldRules.Require(manifest.Sections[i] != null && FieldRules.IsId(manifest.Sections[i].Name), "Sections");
        }
    }

    private static ProtocolDecodeException Invalid(string message)
    {
        return new ProtocolDecodeException(DecodeError.InvalidValue, message);
    }
}
