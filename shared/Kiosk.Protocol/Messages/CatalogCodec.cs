using System;
using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Messages;

/// <summary>
/// CBOR for <see cref="Catalog"/>, the payload the lead's COSE_Sign1 wraps: {0: version,
/// 1: group, 2: serial, 3: issued hour, 4: [* entry]}, each entry {0: bundle id, 1: version,
/// 2: language, 3: profile, 4: total size, 5: manifest SHA-256, ? 6: pinned (only written when true)}.
/// </summary>
public static class CatalogCodec
{
    public const int MaxEntries = 256;
    public const int MaxEncodedSize = 32 * 1024;
    public const int Sha256Length = 32;

    private const uint KeyGroupId = 1;
    private const uint KeySerial = 2;
    private const uint KeyIssuedHour = 3;
    private const uint KeyEntries = 4;

    private const uint EntryBundleId = 0;
    private const uint EntryVersion = 1;
    private const uint EntryLanguage = 2;
    private const uint EntryProfileId = 3;
    private const uint EntryTotalSize = 4;
    private const uint EntryManifestSha256 = 5;
    private const uint EntryPinned = 6;

    public static byte[] Encode(Catalog catalog)
    {
        if (catalog == null)
        {
            throw new ArgumentNullException("catalog");
        }

        Validate(catalog);
        CborWriter writer = MessageEncoding.Begin(5, 64 + (catalog.Entries.Length * 80));
        writer.WriteUnsigned(KeyGroupId);
        writer.WriteText(catalog.GroupId);
        writer.WriteUnsigned(KeySerial);
        writer.WriteUnsigned(catalog.Serial);
        writer.WriteUnsigned(KeyIssuedHour);
        writer.WriteUnsigned(catalog.IssuedHour);
        writer.WriteUnsigned(KeyEntries);
        writer.WriteArrayHeader(catalog.Entries.Length);
        for (int i = 0; i < catalog.Entries.Length; i++)
        {
            CatalogEntry entry = catalog.Entries[i];
            writer.WriteMapHeader(entry.Pinned ? 7 : 6);
            writer.WriteUnsigned(EntryBundleId);
            writer.WriteText(entry.BundleId);
            writer.WriteUnsigned(EntryVersion);
            writer.WriteUnsigned(entry.Version);
            writer.WriteUnsigned(EntryLanguage);
            writer.WriteText(entry.Language);
            writer.WriteUnsigned(EntryProfileId);
            writer.WriteText(entry.ProfileId);
            writer.WriteUnsigned(EntryTotalSize);
            writer.WriteUnsigned(entry.TotalSize);
            writer.WriteUnsigned(EntryManifestSha256);
            writer.WriteBytes(entry.ManifestSha256);
            if (entry.Pinned)
            {
                writer.WriteUnsigned(EntryPinned);
                writer.WriteBool(true);
            }
        }

        return writer.ToArray();
    }

    public static Catalog Decode(byte[] data, int offset, int count)
    {
        MessageMapReader map = MessageMapReader.OpenMessage(data, offset, count, new CborLimits(6, 64, MaxEntries, MaxEncodedSize));
        var catalog = new Catalog();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case KeyGroupId:
                    catalog.GroupId = map.ReadGroupId();
                    break;
                case KeySerial:
                    catalog.Serial = map.ReadUnsigned();
                    break;
                case KeyIssuedHour:
                    catalog.IssuedHour = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case KeyEntries:
                    catalog.Entries = new CatalogEntry[map.ReadArrayHeader(MaxEntries)];
                    for (int i = 0; i < catalog.Entries.Length; i++)
                    {
                        catalog.Entries[i] = ReadEntry(map.OpenNestedMap());
                    }

                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.Require((1u << (int)KeyGroupId) | (1u << (int)KeySerial) | (1u << (int)KeyIssuedHour) | (1u << (int)KeyEntries));
        map.ExpectEnd();
        return catalog;
    }

    private static void Validate(Catalog catalog)
    {
        FieldRules.Require(Topics.TopicName.IsValidGroupId(catalog.GroupId), "GroupId");
        FieldRules.Require(catalog.Entries != null && catalog.Entries.Length <= MaxEntries, "Entries");
        for (int i = 0; i < catalog.Entries.Length; i++)
        {
            CatalogEntry entry = catalog.Entries[i];
            FieldRules.Require(entry != null, "Entries");
            FieldRules.Require(FieldRules.IsId(entry.BundleId), "BundleId");
            FieldRules.Require(FieldRules.IsLanguage(entry.Language), "Language");
            FieldRules.Require(FieldRules.IsId(entry.ProfileId), "ProfileId");
            FieldRules.Require(entry.ManifestSha256 != null && entry.ManifestSha256.Length == Sha256Length, "ManifestSha256");
        }
    }

    private static CatalogEntry ReadEntry(MessageMapReader map)
    {
        var entry = new CatalogEntry();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case EntryBundleId:
                    entry.BundleId = map.ReadId();
                    break;
                case EntryVersion:
                    entry.Version = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case EntryLanguage:
                    entry.Language = map.ReadLanguage();
                    break;
                case EntryProfileId:
                    entry.ProfileId = map.ReadId();
                    break;
                case EntryTotalSize:
                    entry.TotalSize = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case EntryManifestSha256:
                    entry.ManifestSha256 = map.ReadBytes(Sha256Length, Sha256Length);
                    break;
                case EntryPinned:
                    entry.Pinned = map.ReadBool();
                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.Require(0x3F);
        return entry;
    }
}
