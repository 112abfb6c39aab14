using System;
using Kiosk.Protocol.Cbor;
using Kiosk.Protocol.Messages;

namespace Kiosk.Protocol.Content;

/// <summary>
/// CBOR for <see cref="ContentIndex"/> (CDDL in docs/content-format.md). Maps use small unsigned
/// keys in ascending order, like every other message, with the schema version under key 0.
/// Block, page and entry ids are not checked against the other sections here: their readers
/// refuse ids that do not exist.
/// </summary>
public static class ContentIndexCodec
{
    public const int MaxIndexSize = 64 * 1024;
    public const int MaxLabels = 512;
    public const int MaxModules = 256;
    public const int MaxPagesPerModule = 64;
    public const int MaxQuestions = 32;
    public const int MaxChoices = 8;
    public const int MaxTemplates = 64;
    public const int MaxSegments = 16;
    public const int MaxLabelIdLength = 64;

    private const uint KeyLanguage = 1;
    private const uint KeyDirection = 2;
    private const uint KeyDisplay = 3;
    private const uint KeyTheme = 4;
    private const uint KeyLabels = 5;
    private const uint KeyModules = 6;
    private const uint KeyHelpPage = 7;
    private const uint KeyLanguageName = 8;
    private const uint KeyDigits = 9;
    private const uint KeyTemplates = 10;
    private const uint RequiredKeys = (1u << 11) - 2;

    private const uint RequiredDisplayKeys = (1u << 13) - 1;
    private const uint RequiredThemeKeys = (1u << 8) - 1;
    private const uint RequiredModuleKeys = (1u << 6) - 1;
    private const uint RequiredQuestionKeys = 3;
    private const uint RequiredChoiceKeys = 7;
    private const uint RequiredTemplateKeys = 3;

    public static readonly CborLimits Limits = new CborLimits(8, 256, 1024, MaxIndexSize);

    public static byte[] Encode(ContentIndex index)
    {
        if (index == null)
        {
            throw new ArgumentNullException("index");
        }

        FieldRules.Require(FieldRules.IsLanguage(index.Language), "Language");
        FieldRules.Require(index.LabelIds != null && index.LabelBlocks != null && index.LabelIds.Length == index.LabelBlocks.Length, "Labels");
        FieldRules.Require(index.DigitEntries != null && index.DigitEntries.Length == ContentIndex.DigitCount, "DigitEntries");
        FieldRules.Require(index.DigitAdvances != null && index.DigitAdvances.Length == ContentIndex.DigitCount, "DigitAdvances");
        CborWriter writer = MessageEncoding.Begin(11, 1024);
        writer.WriteUnsigned(KeyLanguage);
        writer.WriteText(index.Language);
        writer.WriteUnsigned(KeyDirection);
        writer.WriteUnsigned(index.RightToLeft ? 1UL : 0UL);
        writer.WriteUnsigned(KeyDisplay);
        WriteDisplay(writer, index.Display);
        writer.WriteUnsigned(KeyTheme);
        WriteTheme(writer, index.Theme);
        writer.WriteUnsigned(KeyLabels);
        writer.WriteArrayHeader(index.LabelIds.Length);
        for (int i = 0; i < index.LabelIds.Length; i++)
        {
            writer.WriteArrayHeader(2);
            writer.WriteText(index.LabelIds[i]);
            WriteId(writer, index.LabelBlocks[i]);
        }

        writer.WriteUnsigned(KeyModules);
        writer.WriteArrayHeader(index.Modules.Length);
        for (int i = 0; i < index.Modules.Length; i++)
        {
            WriteModule(writer, index.Modules[i]);
        }

        writer.WriteUnsigned(KeyHelpPage);
        WriteId(writer, index.HelpPage);
        writer.WriteUnsigned(KeyLanguageName);
        WriteId(writer, index.LanguageNameBlock);
        writer.WriteUnsigned(KeyDigits);
        writer.WriteArrayHeader(ContentIndex.DigitCount);
        for (int i = 0; i < ContentIndex.DigitCount; i++)
        {
            writer.WriteArrayHeader(2);
            WriteId(writer, index.DigitEntries[i]);
            WriteId(writer, index.DigitAdvances[i]);
        }

        writer.WriteUnsigned(KeyTemplates);
        writer.WriteArrayHeader(index.Templates.Length);
        for (int i = 0; i < index.Templates.Length; i++)
        {
            NumberTemplate template = index.Templates[i];
            writer.WriteMapHeader(2);
            writer.WriteUnsigned(0);
            writer.WriteText(template.LabelId);
            writer.WriteUnsigned(1);
            writer.WriteArrayHeader(template.Kinds.Length);
            for (int s = 0; s < template.Kinds.Length; s++)
            {
                writer.WriteArrayHeader(2);
                writer.WriteUnsigned((ulong)template.Kinds[s]);
                WriteId(writer, template.Values[s]);
            }
        }

        return writer.ToArray();
    }

    /// <summary>Reads the whole index section; it is small and read once per bundle activation.</summary>
    public static ContentIndex Read(IContentSection section)
    {
        if (section.Length > MaxIndexSize)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "The content index is too large.");
        }

        var data = new byte[section.Length];
        section.Read(0, data, 0, data.Length);
        return Decode(data, 0, data.Length);
    }

    public static ContentIndex Decode(byte[] data, int offset, int count)
    {
        MessageMapReader map = MessageMapReader.OpenMessage(data, offset, count, Limits);
        var index = new ContentIndex();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case KeyLanguage:
                    index.Language = map.ReadLanguage();
                    break;
                case KeyDirection:
                    index.RightToLeft = map.ReadEnum(2) == 1;
                    break;
                case KeyDisplay:
                    index.Display = ReadDisplay(map.OpenNestedMap());
                    break;
                case KeyTheme:
                    index.Theme = ReadTheme(map.OpenNestedMap());
                    break;
                case KeyLabels:
                    ReadLabels(map, index);
                    break;
                case KeyModules:
                    index.Modules = new ModuleRecord[map.ReadArrayHeader(MaxModules)];
                    for (int i = 0; i < index.Modules.Length; i++)
                    {
                        index.Modules[i] = ReadModule(map.OpenNestedMap());
                    }

                    break;
                case KeyHelpPage:
                    index.HelpPage = ReadIdValue(map);
                    break;
                case KeyLanguageName:
                    index.LanguageNameBlock = ReadIdValue(map);
                    break;
                case KeyDigits:
                    ReadDigits(map, index);
                    break;
                case KeyTemplates:
                    index.Templates = new NumberTemplate[map.ReadArrayHeader(MaxTemplates)];
                    for (int i = 0; i < index.Templates.Length; i++)
                    {
                        index.Templates[i] = ReadTemplate(map.OpenNestedMap());
                    }

                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.ExpectEnd();
        map.Require(RequiredKeys);
        return index;
    }

    private static void WriteId(CborWriter writer, int value)
    {
        FieldRules.Require(value >= 0 && value <= ContentFormat.MaxRecords, "id");
        writer.WriteUnsigned((ulong)value);
    }

    private static void WriteRect(CborWriter writer, ScreenRect rect)
    {
        writer.WriteArrayHeader(4);
        WriteId(writer, rect.X);
        WriteId(writer, rect.Y);
        WriteId(writer, rect.Width);
        WriteId(writer, rect.Height);
    }

    private static void WriteDisplay(CborWriter writer, DisplayGeometry display)
    {
        FieldRules.Require(display != null && FieldRules.IsId(display.ProfileId), "Display");
        writer.WriteMapHeader(13);
        writer.WriteUnsigned(0);
        writer.WriteText(display.ProfileId);
        int[] numbers = new int[]
        {
            display.Width, display.Height, display.StripHeight, display.MinTouchTarget, display.Margin,
            display.TitleSize, display.BodySize, display.ButtonSize, display.CaptionSize,
        };
        for (int i = 0; i < numbers.Length; i++)
        {
            writer.WriteUnsigned((ulong)(i + 1));
            WriteId(writer, numbers[i]);
        }

        writer.WriteUnsigned(10);
        WriteRect(writer, display.TopBar);
        writer.WriteUnsigned(11);
        WriteRect(writer, display.Content);
        writer.WriteUnsigned(12);
        WriteRect(writer, display.BottomBar);
    }

    private static void WriteTheme(CborWriter writer, ContentTheme theme)
    {
        FieldRules.Require(theme != null, "Theme");
        int[] colours = new int[]
        {
            theme.PageBackground, theme.Text, theme.BarBackground, theme.BarText,
            theme.Accent, theme.AccentText, theme.Correct, theme.Wrong,
        };
        writer.WriteMapHeader(colours.Length);
        for (int i = 0; i < colours.Length; i++)
        {
            writer.WriteUnsigned((ulong)i);
            WriteId(writer, colours[i]);
        }
    }

    private static void WriteModule(CborWriter writer, ModuleRecord module)
    {
        FieldRules.Require(FieldRules.IsId(module.Id), "Module.Id");
        writer.WriteMapHeader(6);
        writer.WriteUnsigned(0);
        writer.WriteText(module.Id);
        writer.WriteUnsigned(1);
        writer.WriteUnsigned((ulong)module.Audience);
        writer.WriteUnsigned(2);
        writer.WriteUnsigned((ulong)module.AgeBand);
        writer.WriteUnsigned(3);
        WriteId(writer, module.TitleBlock);
        writer.WriteUnsigned(4);
        writer.WriteArrayHeader(module.Pages.Length);
        for (int i = 0; i < module.Pages.Length; i++)
        {
            WriteId(writer, module.Pages[i]);
        }

        writer.WriteUnsigned(5);
        writer.WriteArrayHeader(module.Questions.Length);
        for (int i = 0; i < module.Questions.Length; i++)
        {
            QuestionRecord question = module.Questions[i];
            writer.WriteMapHeader(2);
            writer.WriteUnsigned(0);
            WriteId(writer, question.Page);
            writer.WriteUnsigned(1);
            writer.WriteArrayHeader(question.Choices.Length);
            for (int c = 0; c < question.Choices.Length; c++)
            {
                ChoiceRecord choice = question.Choices[c];
                writer.WriteMapHeader(3);
                writer.WriteUnsigned(0);
                WriteId(writer, choice.LabelBlock);
                writer.WriteUnsigned(1);
                writer.WriteBool(choice.Correct);
                writer.WriteUnsigned(2);
                WriteId(writer, choice.FeedbackPage);
            }
        }
    }

    private static int ReadIdValue(MessageMapReader map)
    {
        return (int)map.ReadUInt32(0, ContentFormat.MaxRecords);
    }

    private static ScreenRect ReadRect(MessageMapReader map)
    {
        if (map.ReadArrayHeader(4) != 4)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "A rectangle has four numbers.");
        }

        var rect = new ScreenRect();
        rect.X = ReadIdValue(map);
        rect.Y = ReadIdValue(map);
        rect.Width = ReadIdValue(map);
        rect.Height = ReadIdValue(map);
        return rect;
    }

    private static DisplayGeometry ReadDisplay(MessageMapReader map)
    {
        var display = new DisplayGeometry();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case 0: display.ProfileId = map.ReadId(); break;
                case 1: display.Width = ReadIdValue(map); break;
                case 2: display.Height = ReadIdValue(map); break;
                case 3: display.StripHeight = (int)map.ReadUInt32(1, ContentFormat.MaxImageSide); break;
                case 4: display.MinTouchTarget = ReadIdValue(map); break;
                case 5: display.Margin = ReadIdValue(map); break;
                case 6: display.TitleSize = ReadIdValue(map); break;
                case 7: display.BodySize = ReadIdValue(map); break;
                case 8: display.ButtonSize = ReadIdValue(map); break;
                case 9: display.CaptionSize = ReadIdValue(map); break;
                case 10: display.TopBar = ReadRect(map); break;
                case 11: display.Content = ReadRect(map); break;
                case 12: display.BottomBar = ReadRect(map); break;
                default: map.SkipValue(); break;
            }
        }

        map.Require(RequiredDisplayKeys);
        return display;
    }

    private static ContentTheme ReadTheme(MessageMapReader map)
    {
        var colours = new int[8];
        uint key;
        while (map.NextKey(out key))
        {
            if (key < colours.Length)
            {
                colours[key] = ReadIdValue(map);
            }
            else
            {
                map.SkipValue();
            }
        }

        map.Require(RequiredThemeKeys);
        var theme = new ContentTheme();
        theme.PageBackground = colours[0];
        theme.Text = colours[1];
        theme.BarBackground = colours[2];
        theme.BarText = colours[3];
        theme.Accent = colours[4];
        theme.AccentText = colours[5];
        theme.Correct = colours[6];
        theme.Wrong = colours[7];
        return theme;
    }

    private static void ReadLabels(MessageMapReader map, ContentIndex index)
    {
        int count = map.ReadArrayHeader(MaxLabels);
        index.LabelIds = new string[count];
        index.LabelBlocks = new int[count];
        for (int i = 0; i < count; i++)
        {
            ExpectPair(map);
            index.LabelIds[i] = map.ReadDisplayText(MaxLabelIdLength);
            index.LabelBlocks[i] = ReadIdValue(map);
        }
    }

    private static void ReadDigits(MessageMapReader map, ContentIndex index)
    {
        if (map.ReadArrayHeader(ContentIndex.DigitCount) != ContentIndex.DigitCount)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "The index needs all ten digits.");
        }

        index.DigitEntries = new int[ContentIndex.DigitCount];
        index.DigitAdvances = new int[ContentIndex.DigitCount];
        for (int i = 0; i < ContentIndex.DigitCount; i++)
        {
            ExpectPair(map);
            index.DigitEntries[i] = ReadIdValue(map);
            index.DigitAdvances[i] = (int)map.ReadUInt32(0, ContentFormat.MaxGlyphSide);
        }
    }

    private static ModuleRecord ReadModule(MessageMapReader map)
    {
        var module = new ModuleRecord();
        uint key;
        while (map.NextKey(out key))
        {
            switch (key)
            {
                case 0:
                    module.Id = map.ReadId();
                    break;
                case 1:
                    module.Audience = map.ReadEnum(3);
                    break;
                case 2:
                    module.AgeBand = map.ReadEnum(4);
                    break;
                case 3:
                    module.TitleBlock = ReadIdValue(map);
                    break;
                case 4:
                    module.Pages = new int[map.ReadArrayHeader(MaxPagesPerModule)];
                    for (int i = 0; i < module.Pages.Length; i++)
                    {
                        module.Pages[i] = ReadIdValue(map);
                    }

                    break;
                case 5:
                    module.Questions = new QuestionRecord[map.ReadArrayHeader(MaxQuestions)];
                    for (int i = 0; i < module.Questions.Length; i++)
                    {
                        module.Questions[i] = ReadQuestion(map.OpenNestedMap());
                    }

                    break;
                default:
                    map.SkipValue();
                    break;
            }
        }

        map.Require(RequiredModuleKeys);
        return module;
    }

    private static QuestionRecord ReadQuestion(MessageMapReader map)
    {
        var question = new QuestionRecord();
        uint key;
        while (map.NextKey(out key))
        {
            if (key == 0)
            {
                question.Page = ReadIdValue(map);
            }
            else if (key == 1)
            {
                question.Choices = new ChoiceRecord[map.ReadArrayHeader(MaxChoices)];
                for (int i = 0; i < question.Choices.Length; i++)
                {
                    question.Choices[i] = ReadChoice(map.OpenNestedMap());
                }
            }
            else
            {
                map.SkipValue();
            }
        }

        map.Require(RequiredQuestionKeys);
        return question;
    }

    private static ChoiceRecord ReadChoice(MessageMapReader map)
    {
        var choice = new ChoiceRecord();
        uint key;
        while (map.NextKey(out key))
        {
            if (key == 0)
            {
                choice.LabelBlock = ReadIdValue(map);
            }
            else if (key == 1)
            {
                choice.Correct = map.ReadBool();
            }
            else if (key == 2)
            {
                choice.FeedbackPage = ReadIdValue(map);
            }
            else
            {
                map.SkipValue();
            }
        }

        map.Require(RequiredChoiceKeys);
        return choice;
    }

    private static NumberTemplate ReadTemplate(MessageMapReader map)
    {
        var template = new NumberTemplate();
        uint key;
        while (map.NextKey(out key))
        {
            if (key == 0)
            {
                template.LabelId = map.ReadDisplayText(MaxLabelIdLength);
            }
            else if (key == 1)
            {
                int count = map.ReadArrayHeader(MaxSegments);
                template.Kinds = new int[count];
                template.Values = new int[count];
                for (int i = 0; i < count; i++)
                {
                    ExpectPair(map);
                    template.Kinds[i] = map.ReadEnum(2);
                    template.Values[i] = ReadIdValue(map);
                }
            }
            else
            {
                map.SkipValue();
            }
        }

        map.Require(RequiredTemplateKeys);
        return template;
    }

    private static void ExpectPair(MessageMapReader map)
    {
        if (map.ReadArrayHeader(2) != 2)
        {
            throw new ProtocolDecodeException(DecodeError.InvalidValue, "Expected a pair.");
        }
    }
}
