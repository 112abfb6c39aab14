using System;
using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Messages;

/// <summary>
/// CBOR for <see cref="KioskStatus"/>. Keys 1-3 (state, boot count, epoch) are always required;
/// an Online status also requires 4-7 (firmware, board profile, installed bundles, free storage),
/// while an Offline status may carry only the first three. Optional keys are omitted when null or
/// zero. <see cref="Decode"/> also accepts the text form of the Last Will
/// (<see cref="OfflineWillCodec"/>), which is what kiosks register as their Will.
/// </summary>
public static class KioskStatusCodec
{
    public const int MaxEncodedSize = 4096;
    public const int MaxInstalledBundles = 32;
    public const int MaxEnabledModules = 64;
    public const int MaxFirmwareVersionLength = 32;
    public const int MaxFailureTextLength = 120;

    private const uint KeyState = 1;
    private const uint KeyBootCount = 2;
    private const uint KeyConnectionEpoch = 3;
    private const uint KeyFirmwareVersion = 4;
    private const uint KeyBoardProfileId = 5;
    private const uint KeyInstalledBundles = 6;
    private const uint KeyFreeStorageBytes = 7;
    private const uint KeySync = 8;
    private const uint KeyEnabledModuleIds = 9;
    private const uint KeyDefaultLanguage = 10;
    private const uint KeyConfigSerial = 11;
    private const uint KeyCatalogSerial = 12;

    private const uint RequiredAlways = (1u << (int)KeyState) | (1u << (int)KeyBootCount) | (1u << (int)KeyConnectionEpoch);
    private const uint RequiredOnline = (1u << (int)KeyFirmwareVersion) | (1u << (int)KeyBoardProfileId) | (1u << (int)KeyInstalledBundles) | (1u << (int)KeyFreeStorageBytes);

    public static byte[] Encode(KioskStatus status)
    {
        if (status == null)
        {
            throw new ArgumentNullException("status");
        }

        Validate(status);
        int fields = 4
            + (status.FirmwareVersion != null ? 1 : 0)
            + (status.BoardProfileId != null ? 1 : 0)
            + (status.InstalledBundles != null ? 1 : 0)
            + (status.FreeStorageBytes != 0 || status.State == KioskState.Online ? 1 : 0)
            + (status.Sync != null ? 1 : 0)
            + (status.EnabledModuleIds != null ? 1 : 0)
            + (status.DefaultLanguage != null ? 1 : 0)
            + (status.ConfigSerial != 0 ? 1 : 0)
            + (status.CatalogSerial != 0 ? 1 : 0);
        CborWriter writer = MessageEncoding.Begin(fields, 256);
        writer.WriteUnsigned(KeyState);
        writer.WriteUnsigned((ulong)status.State);
        writer.WriteUnsigned(KeyBootCount);
        writer.WriteUnsigned(status.BootCount);
        writer.WriteUnsigned(KeyConnectionEpoch);
        writer.WriteUnsigned(status.ConnectionEpoch);
        if (status.FirmwareVersion != null)
        {
            writer.WriteUnsigned(KeyFirmwareVersion);
            writer.WriteText(status.FirmwareVersion);
        }

        if (status.BoardProfileId != null)
        {
            writer.WriteUnsigned(KeyBoardProfileId);
            writer.WriteText(status.BoardProfileId);
        }

        if (status.InstalledBundles != null)
        {
            writer.WriteUnsigned(KeyInstalledBundles);
            WriteInstalledBundles(writer, status.InstalledBundles);
        }

        if (status.FreeStorageBytes != 0 || status.State == KioskState.Online)
        {
            writer.WriteUnsigned(KeyFreeStorageBytes);
            writer.WriteUnsigned(status.FreeStorageBytes);
        }

        if (status.Sync != null)
        {
            writer.WriteUnsigned(KeySync);
            WriteSync(writer, status.Sync);
        }

        if (status.EnabledModuleIds != null)
        {
            writer.WriteUnsigned(KeyEnabledModuleIds);
            MessageEncoding.WriteIds(writer, status.EnabledModuleIds);
        }

        if (status.DefaultLanguage != null)
        {
            writer.WriteUnsigned(KeyDefaultLanguage);
            writer.WriteText(status.DefaultLanguage);
        }

        if (status.ConfigSerial != 0)
        {
            writer.WriteUnsigned(KeyConfigSerial);
            writer.WriteUnsigned(status.ConfigSerial);
        }

        if (status.CatalogSerial != 0)
        {
            writer.WriteUnsigned(KeyCatalogSerial);
            writer.WriteUnsigned(status.CatalogSerial);
        }

        return writer.ToArray();
    }

    public static KioskStatus Decode(byte[] data, int offset, int count)
    {
        if (OfflineWillCodec.IsWill(data, offset, count))
        {
            return OfflineWillCodec.Decode(data, offset, count);
        }

        MessageMapReader map = MessageMapReader.OpenMessage(data, offset, count, new CborLimits(6, 256, MaxEnabledModules, MaxEncodedSize));
        var status = new KioskStatus();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case KeyState:
                    status.State = (KioskState)map.ReadEnum(2);
                    break;
                case KeyBootCount:
                    status.BootCount = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case KeyConnectionEpoch:
                    status.ConnectionEpoch = map.ReadUnsigned();
                    break;
                case KeyFirmwareVersion:
                    status.FirmwareVersion = map.ReadDisplayText(MaxFirmwareVersionLength);
                    break;
                case KeyBoardProfileId:
                    status.BoardProfileId = map.ReadId();
                    break;
                case KeyInstalledBundles:
                    status.InstalledBundles = ReadInstalledBundles(map);
                    break;
                case KeyFreeStorageBytes:
                    status.FreeStorageBytes = map.ReadUnsigned();
                    break;
                case KeySync:
                    status.Sync = ReadSync(map.OpenNestedMap());
                    break;
                case KeyEnabledModuleIds:
                    status.EnabledModuleIds = map.ReadIdArray(MaxEnabledModules);
                    break;
                case KeyDefaultLanguage:
                    status.DefaultLanguage = map.ReadLanguage();
                    break;
                case KeyConfigSerial:
                    status.ConfigSerial = map.ReadUnsigned();
                    break;
                case KeyCatalogSerial:
                    status.CatalogSerial = map.ReadUnsigned();
                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.Require(RequiredAlways);
        if (status.State == KioskState.Online)
        {
            map.Require(RequiredOnline);
        }

        map.ExpectEnd();
        return status;
    }

    private static void Validate(KioskStatus status)
    {
        FieldRules.Require(status.State == KioskState.Offline || status.State == KioskState.Online, "State");
        bool online = status.State == KioskState.Online;
        FieldRules.Require(status.FirmwareVersion == null ? !online : FieldRules.IsDisplayText(status.FirmwareVersion, MaxFirmwareVersionLength), "FirmwareVersion");
        FieldRules.Require(status.BoardProfileId == null ? !online : FieldRules.IsId(status.BoardProfileId), "BoardProfileId");
        FieldRules.Require(status.InstalledBundles == null ? !online : status.InstalledBundles.Length <= MaxInstalledBundles, "InstalledBundles");
        if (status.InstalledBundles != null)
        {
            for (int i = 0; i < status.InstalledBundles.Length; i++)
            {
                InstalledBundle bundle = status.InstalledBundles[i];
                FieldRules.Require(bundle != null && FieldRules.IsId(bundle.BundleId) && FieldRules.IsLanguage(bundle.Language) && FieldRules.IsId(bundle.ProfileId), "InstalledBundles");
            }
        }

        if (status.Sync != null)
        {
            SyncStatus sync = status.Sync;
            FieldRules.Require((int)sync.State >= 0 && (int)sync.State <= (int)SyncState.Failed, "Sync.State");
            FieldRules.Require(sync.BundleId == null ? sync.State == SyncState.Idle : FieldRules.IsId(sync.BundleId), "Sync.BundleId");
            FieldRules.Require(sync.ChunksDone <= sync.ChunksTotal, "Sync.ChunksDone");
            FieldRules.Require((int)sync.FailureReason >= 0, "Sync.FailureReason");
            FieldRules.Require(sync.FailureText == null || FieldRules.IsDisplayText(sync.FailureText, MaxFailureTextLength), "Sync.FailureText");
        }

        if (status.EnabledModuleIds != null)
        {
            FieldRules.RequireIds(status.EnabledModuleIds, MaxEnabledModules, "EnabledModuleIds");
        }

        FieldRules.Require(status.DefaultLanguage == null || FieldRules.IsLanguage(status.DefaultLanguage), "DefaultLanguage");
    }

    private static void WriteInstalledBundles(CborWriter writer, InstalledBundle[] bundles)
    {
        writer.WriteArrayHeader(bundles.Length);
        for (int i = 0; i < bundles.Length; i++)
        {
            InstalledBundle bundle = bundles[i];
            writer.WriteMapHeader(4);
            writer.WriteUnsigned(0);
            writer.WriteText(bundle.BundleId);
            writer.WriteUnsigned(1);
            writer.WriteUnsigned(bundle.Version);
            writer.WriteUnsigned(2);
            writer.WriteText(bundle.Language);
            writer.WriteUnsigned(3);
            writer.WriteText(bundle.ProfileId);
        }
    }

    private static InstalledBundle[] ReadInstalledBundles(MessageMapReader map)
    {
        var bundles = new InstalledBundle[map.ReadArrayHeader(MaxInstalledBundles)];
        for (int i = 0; i < bundles.Length; i++)
        {
            MessageMapReader entry = map.OpenNestedMap();
            var bundle = new InstalledBundle();
            uint key;
            while (entry.NextKey(out key))
            {
                switch (key)
                {
                    case 0:
                        bundle.BundleId = entry.ReadId();
                        break;
                    case 1:
                        bundle.Version = entry.ReadUInt32(0, uint.MaxValue);
                        break;
                    case 2:
                        bundle.Language = entry.ReadLanguage();
                        break;
                    case 3:
                        bundle.ProfileId = entry.ReadId();
                        break;
                    default:
                        entry.SkipValue();
                        break;
                }
            }

            entry.Require(0xF);
            bundles[i] = bundle;
        }

        return bundles;
    }

    private static void WriteSync(CborWriter writer, SyncStatus sync)
    {
        int fields = 1
            + (sync.BundleId != null ? 1 : 0)
            + (sync.BundleVersion != 0 ? 1 : 0)
            + (sync.ChunksDone != 0 ? 1 : 0)
            + (sync.ChunksTotal != 0 ? 1 : 0)
            + (sync.FailureReason != SyncFailureReason.None ? 1 : 0)
            + (sync.FailureText != null ? 1 : 0);
        writer.WriteMapHeader(fields);
        writer.WriteUnsigned(0);
        writer.WriteUnsigned((ulong)sync.State);
        if (sync.BundleId != null)
        {
            writer.WriteUnsigned(1);
            writer.WriteText(sync.BundleId);
        }

        if (sync.BundleVersion != 0)
        {
            writer.WriteUnsigned(2);
            writer.WriteUnsigned(sync.BundleVersion);
        }

        if (sync.ChunksDone != 0)
        {
            writer.WriteUnsigned(3);
            writer.WriteUnsigned(sync.ChunksDone);
        }

        if (sync.ChunksTotal != 0)
        {
            writer.WriteUnsigned(4);
            writer.WriteUnsigned(sync.ChunksTotal);
        }

        if (sync.FailureReason != SyncFailureReason.None)
        {
            writer.WriteUnsigned(5);
            writer.WriteUnsigned((ulong)sync.FailureReason);
        }

        if (sync.FailureText != null)
        {
            writer.WriteUnsigned(6);
            writer.WriteText(sync.FailureText);
        }
    }

    private static SyncStatus ReadSync(MessageMapReader map)
    {
        var sync = new SyncStatus();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case 0:
                    sync.State = (SyncState)map.ReadEnum(4);
                    break;
                case 1:
                    sync.BundleId = map.ReadId();
                    break;
                case 2:
                    sync.BundleVersion = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case 3:
                    sync.ChunksDone = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case 4:
                    sync.ChunksTotal = map.ReadUInt32(0, uint.MaxValue);
                    break;
                case 5:
                    sync.FailureReason = (SyncFailureReason)map.ReadCode();
                    break;
                case 6:
                    sync.FailureText = map.ReadDisplayText(MaxFailureTextLength);
                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.RequireKey(0);
        if (sync.State != SyncState.Idle)
        {
            map.RequireKey(1);
        }

        if (sync.ChunksDone > sync.ChunksTotal)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "More chunks done than the transfer has.");
        }

        return sync;
    }
}
