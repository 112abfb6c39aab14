using System;
using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Messages;

/// <summary>
/// CBOR for <see cref="KioskConfig"/>, the payload the lead's COSE_Sign1 wraps: {0: version,
/// 1: kiosk, 2: group, 3: serial, 4: PIN salt, 5: PIN hash, 6: PIN iterations, 7: [* module id],
/// 8: [* helpline], 9: default language, 10: idle timeout}, each helpline {0: name, 1: number,
/// 2: kind, ? 3: url}.
/// </summary>
public static class KioskConfigCodec
{
    public const int MaxEncodedSize = 8 * 1024;
    public const int MaxEnabledModules = 64;
    public const int MaxHelplines = 16;
    public const int MinPinSaltLength = 16;
    public const int MaxPinSaltLength = 64;
    public const int PinHashLength = 32;
    public const uint MaxPinIterations = 100000;
    public const uint MinIdleTimeoutSeconds = 10;
    public const uint MaxIdleTimeoutSeconds = 3600;
    public const int MaxHelplineNameLength = 64;
    public const int MaxUrlLength = 128;

    private const uint KeyKioskId = 1;
    private const uint KeyGroupId = 2;
    private const uint KeySerial = 3;
    private const uint KeyPinSalt = 4;
    private const uint KeyPinHash = 5;
    private const uint KeyPinIterations = 6;
    private const uint KeyEnabledModuleIds = 7;
    private const uint KeyHelplines = 8;
    private const uint KeyDefaultLanguage = 9;
    private const uint KeyIdleTimeoutSeconds = 10;

    // Keys 1 to 10, all required.
    private const uint Required = 0x7FE;

    public static byte[] Encode(KioskConfig config)
    {
        if (config == null)
        {
            throw new ArgumentNullException("config");
        }

        Validate(config);
        CborWriter writer = MessageEncoding.Begin(11, 256);
        writer.WriteUnsigned(KeyKioskId);
        writer.WriteText(config.KioskId);
        writer.WriteUnsigned(KeyGroupId);
        writer.WriteText(config.GroupId);
        writer.WriteUnsigned(KeySerial);
        writer.WriteUnsigned(config.Serial);
        writer.WriteUnsigned(KeyPinSalt);
        writer.WriteBytes(config.PinSalt);
        writer.WriteUnsigned(KeyPinHash);
        writer.WriteBytes(config.PinHash);
        writer.WriteUnsigned(KeyPinIterations);
        writer.WriteUnsigned(config.PinIterations);
        writer.WriteUnsigned(KeyEnabledModuleIds);
        MessageEncoding.WriteIds(writer, config.EnabledModuleIds);
        writer.WriteUnsigned(KeyHelplines);
        writer.WriteArrayHeader(config.Helplines.Length);
        for (int i = 0; i < config.Helplines.Length; i++)
        {
            Helpline helpline = config.Helplines[i];
            writer.WriteMapHeader(helpline.Url != null ? 4 : 3);
            writer.WriteUnsigned(0);
            writer.WriteText(helpline.Name);
            writer.WriteUnsigned(1);
            writer.WriteText(helpline.Number);
            writer.WriteUnsigned(2);
            writer.WriteUnsigned((ulong)helpline.Kind);
            if (helpline.Url != null)
            {
                writer.WriteUnsigned(3);
                writer.WriteText(helpline.Url);
            }
        }

        writer.WriteUnsigned(KeyDefaultLanguage);
        writer.WriteText(config.DefaultLanguage);
        writer.WriteUnsigned(KeyIdleTimeoutSeconds);
        writer.WriteUnsigned(config.IdleTimeoutSeconds);
        return writer.ToArray();
    }

    public static KioskConfig Decode(byte[] data, int offset, int count)
    {
        MessageMapReader map = MessageMapReader.OpenMessage(data, offset, count, new CborLimits(6, 256, MaxEnabledModules, MaxEncodedSize));
        var config = new KioskConfig();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case KeyKioskId:
                    config.KioskId = map.ReadKioskId();
                    break;
                case KeyGroupId:
                    config.GroupId = map.ReadGroupId();
                    break;
                case KeySerial:
                    config.Serial = map.ReadUnsigned();
                    break;
                case KeyPinSalt:
                    config.PinSalt = map.ReadBytes(MinPinSaltLength, MaxPinSaltLength);
                    break;
                case KeyPinHash:
                    config.PinHash = map.ReadBytes(PinHashLength, PinHashLength);
                    break;
                case KeyPinIterations:
                    config.PinIterations = map.ReadUInt32(1, MaxPinIterations);
                    break;
                case KeyEnabledModuleIds:
                    config.EnabledModuleIds = map.ReadIdArray(MaxEnabledModules);
                    break;
                case KeyHelplines:
                    config.Helplines = new Helpline[map.ReadArrayHeader(MaxHelplines)];
                    for (int i = 0; i < config.Helplines.Length; i++)
                    {
                        config.Helplines[i] = ReadHelpline(map.OpenNestedMap());
                    }

                    break;
                case KeyDefaultLanguage:
                    config.DefaultLanguage = map.ReadLanguage();
                    break;
                case KeyIdleTimeoutSeconds:
                    config.IdleTimeoutSeconds = map.ReadUInt32(MinIdleTimeoutSeconds, MaxIdleTimeoutSeconds);
                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.Require(Required);
        map.ExpectEnd();
        return config;
    }

    private static void Validate(KioskConfig config)
    {
        FieldRules.Require(Topics.TopicName.IsValidKioskId(config.KioskId), "KioskId");
        FieldRules.Require(Topics.TopicName.IsValidGroupId(config.GroupId), "GroupId");
        FieldRules.Require(config.PinSalt != null && config.PinSalt.Length >= MinPinSaltLength && config.PinSalt.Length <= MaxPinSaltLength, "PinSalt");
        FieldRules.Require(config.PinHash != null && config.PinHash.Length == PinHashLength, "PinHash");
        FieldRules.Require(config.PinIterations >= 1 && config.PinIterations <= MaxPinIterations, "PinIterations");
        FieldRules.RequireIds(config.EnabledModuleIds, MaxEnabledModules, "EnabledModuleIds");
        FieldRules.Require(config.Helplines != null && config.Helplines.Length <= MaxHelplines, "Helplines");
        for (int i = 0; i < config.Helplines.Length; i++)
        {
            Helpline helpline = config.Helplines[i];
            FieldRules.Require(helpline != null && FieldRules.IsDisplayText(helpline.Name, MaxHelplineNameLength), "Helplines.Name");
            FieldRules.Require(FieldRules.IsPhoneNumber(helpline.Number), "Helplines.Number");
            FieldRules.Require(helpline.Kind == HelplineKind.Helpline || helpline.Kind == HelplineKind.Hotline, "Helplines.Kind");
            FieldRules.Require(helpline.Url == null || FieldRules.IsDisplayText(helpline.Url, MaxUrlLength), "Helplines.Url");
        }

        FieldRules.Require(FieldRules.IsLanguage(config.DefaultLanguage), "DefaultLanguage");
        FieldRules.Require(config.IdleTimeoutSeconds >= MinIdleTimeoutSeconds && config.IdleTimeoutSeconds <= MaxIdleTimeoutSeconds, "IdleTimeoutSeconds");
    }

    private static Helpline ReadHelpline(MessageMapReader map)
    {
        var helpline = new Helpline();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case 0:
                    helpline.Name = map.ReadDisplayText(MaxHelplineNameLength);
                    break;
                case 1:
                    helpline.Number = map.ReadPhoneNumber();
                    break;
                case 2:
                    helpline.Kind = (HelplineKind)map.ReadEnum(2);
                    break;
                case 3:
                    helpline.Url = map.ReadDisplayText(MaxUrlLength);
                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.Require(0x7);
        return helpline;
    }
}
