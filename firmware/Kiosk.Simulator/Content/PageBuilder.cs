using Kiosk.Content;
using Kiosk.Content.Packaging;
using Kiosk.Protocol.Content;
using Kiosk.Typesetting;
using ContentModule = Kiosk.Content.Module;

namespace Kiosk.Simulator.Content;

/// <summary>Lays out the pages and labels of one preview bundle (see <see cref="PreviewBundleBuilder"/>).</summary>
internal sealed class PageBuilder(PreviewBundleBuilder owner, ContentBundleWriter writer, DisplayProfile profile, string language, bool rightToLeft, ContentTheme theme)
{
    /// <summary>Padding plus frame of a kiosk button on each side (ChromeLayout.Padding + Frame).</summary>
    private const int ButtonInset = 9;
    private const int FeedbackBar = 6;

    private int Width => profile.Content.Width;

    private int Height => profile.Content.Height;

    private int Margin => profile.Margin;

    private int Target => profile.MinTouchTargetPx;

    public TextStyle BarStyle => new(profile.FontSizes.Button, FontWeight.Bold, LineHeight: 1.4f);

    private TextStyle Title => new(profile.FontSizes.Title, FontWeight.Bold, LineHeight: 1.4f);

    private TextStyle Body => new(profile.FontSizes.Body, LineHeight: 1.4f);

    private TextStyle Small => new(profile.FontSizes.Caption, LineHeight: 1.4f);

    private TextStyle Button => new(profile.FontSizes.Button, FontWeight.Bold, LineHeight: 1.4f, Alignment: TextAlignment.Centre);

    private TextStyle SmallButton => new(profile.FontSizes.Caption, FontWeight.Bold, LineHeight: 1.4f, Alignment: TextAlignment.Centre);

    private int GridRows => Math.Max(1, (Height - Margin) / (Target + Margin));

    private int CellWidth => (Width - (3 * Margin)) / 2;

    private int CellHeight => (Height - ((GridRows + 1) * Margin)) / GridRows;

    public int Label(string id, string text)
    {
        if (PreviewBundleBuilder.IsBarLabel(id))
        {
            int height = Math.Min(profile.TopBar.Height, profile.BottomBar.Height) - 6 - (2 * ButtonInset);
            return Block(text, [BarStyle, Small], (profile.Width / 3) - (2 * ButtonInset), height, theme.AccentText, theme.Accent);
        }
        if (PreviewBundleBuilder.IsTitle(id) || id == "quiz.wellDone")
        {
            return Block(text, [Title, BarStyle, Small], (profile.Width * 2 / 3) - Margin, profile.TopBar.Height - 6, theme.BarText, theme.BarBackground);
        }
        if (id == "start.touch")
        {
            return Block(text, [Title with { Alignment = TextAlignment.Centre }, Button], (Width * 2 / 3) - (2 * ButtonInset), Height - (2 * Margin) - (2 * ButtonInset), theme.AccentText, theme.Accent);
        }
        return CellLabel(text);
    }

    /// <summary>A label for a grid button (roles, ages, module titles, language names).</summary>
    public int CellLabel(string text) =>
        Block(text, [Button, SmallButton], CellWidth - (2 * ButtonInset), CellHeight - (2 * ButtonInset), theme.AccentText, theme.Accent);

    /// <summary>A UI string with numbers: text blocks and number slots in visual order.</summary>
    public NumberTemplate Template(string id, string text, bool onPage)
    {
        var kinds = new List<int>();
        var values = new List<int>();
        int at = 0;
        foreach (System.Text.RegularExpressions.Match match in PreviewBundleBuilder.Placeholder().Matches(text))
        {
            AddTemplateText(text[at..match.Index], kinds, values, onPage);
            kinds.Add(NumberTemplate.SegmentNumber);
            values.Add(match.Groups[1].Value == "total" ? 1 : 0);
            at = match.Index + match.Length;
        }
        AddTemplateText(text[at..], kinds, values, onPage);
        if (rightToLeft)
        {
            kinds.Reverse();
            values.Reverse();
        }
        return new NumberTemplate { LabelId = id, Kinds = [.. kinds], Values = [.. values] };
    }

    public int Help(string text)
    {
        int block = Block(text, [Small], Width - (2 * Margin), Height - (2 * Margin), theme.Text, theme.PageBackground, tight: false);
        return writer.Pages.Add(new ContentPage(Width, Height, (ushort)theme.PageBackground, [Item(new TextItem(Margin, Margin, block), Width - (2 * Margin))]));
    }

    public ModuleRecord Module(ContentModule module)
    {
        var lesson = module.Lesson;
        var (audience, ageBand) = module.Audience switch
        {
            Audience.Under9 => (0, 1),
            Audience.Age9To12 => (0, 2),
            Audience.Age13To17 => (0, 3),
            Audience.Parents => (1, 0),
            _ => (2, 0),
        };
        var record = new ModuleRecord
        {
            Id = PreviewBundleBuilder.ModuleId(module),
            Audience = audience,
            AgeBand = ageBand,
            TitleBlock = CellLabel(owner.Localize(language, lesson.Title)),
        };
        record.Pages = [.. lesson.Pages.Select(p => LessonPage(owner.Localize(language, p.Title), owner.Localize(language, p.Body), p.Art == null ? null : Path.Combine(module.Directory, p.Art)))];
        var questions = new List<QuestionRecord>();
        foreach (var question in lesson.Quiz.Questions)
        {
            questions.Add(QuestionPage(question));
        }
        record.Questions = [.. questions];
        return record;
    }

    private int LessonPage(string title, string body, string? artPath)
    {
        bool art = artPath != null && File.Exists(artPath);
        int artWidth = art ? (Width - (3 * Margin)) * 2 / 5 : 0;
        int textWidth = Width - (2 * Margin) - (art ? artWidth + Margin : 0);
        var items = new List<PageItem>();
        var (titleBlock, titleHeight) = BlockWithHeight(title, [Title, Body], textWidth, (int)(2.6f * Title.FontSizePx * Title.LineHeight), theme.Text, theme.PageBackground);
        items.Add(Item(new TextItem(Margin, Margin, titleBlock), textWidth));
        int bodyTop = Margin + titleHeight + (Margin / 2);
        int bodyBlock = Block(body, [Body, Small], textWidth, Height - bodyTop - Margin, theme.Text, theme.PageBackground, tight: false);
        items.Add(Item(new TextItem(Margin, bodyTop, bodyBlock), textWidth));
        if (art)
        {
            int artHeight = Math.Min(Height - (2 * Margin), artWidth * 3 / 4);
            int image = writer.Images.Add(owner.Art(artPath!, artWidth, artHeight, (ushort)theme.PageBackground));
            items.Add(Item(new ImageItem(Width - Margin - artWidth, (Height - artHeight) / 2, image), artWidth));
        }
        return writer.Pages.Add(new ContentPage(Width, Height, (ushort)theme.PageBackground, items));
    }

    private QuestionRecord QuestionPage(Question question)
    {
        int pageHeight = profile.BottomBar.Y + profile.BottomBar.Height - profile.Content.Y;
        int count = question.Choices.Count;
        int columns = count == 1 ? 1 : 2;
        int rows = (count + columns - 1) / columns;
        int top = pageHeight - Margin - (rows * Target) - ((rows - 1) * Margin);
        int columnWidth = (Width - (2 * Margin) - ((columns - 1) * Margin)) / columns;
        var items = new List<PageItem>();
        int text = Block(owner.Localize(language, question.Text), [Body, Small], Width - (2 * Margin), top - (2 * Margin), theme.Text, theme.PageBackground, tight: false);
        items.Add(new TextItem(Margin, Margin, text));
        var choices = new List<ChoiceRecord>();
        var correct = question.CorrectChoice;
        for (int i = 0; i < count; i++)
        {
            var choice = question.Choices[i];
            bool alone = count % columns == 1 && i == count - 1;
            int width = alone ? Width - (2 * Margin) : columnWidth;
            int x = Margin + ((i % columns) * (columnWidth + Margin));
            int y = top + ((i / columns) * (Target + Margin));
            var (label, labelWidth, labelHeight) = Measured(owner.Localize(language, choice.Text), [Button, SmallButton], width - 8, Target - 8, theme.AccentText, theme.Accent);
            items.Add(Item(new RectItem(x, y, width, Target, (ushort)theme.Accent), width));
            items.Add(Item(new TextItem(x + ((width - labelWidth) / 2), y + ((Target - labelHeight) / 2), label), labelWidth));
            bool right = ReferenceEquals(choice, correct);
            string feedback = choice.Feedback == null ? "" : owner.Localize(language, choice.Feedback);
            choices.Add(new ChoiceRecord { LabelBlock = label, Correct = right, FeedbackPage = FeedbackPage(feedback, right) });
        }
        int page = writer.Pages.Add(new ContentPage(Width, pageHeight, (ushort)theme.PageBackground, items));
        return new QuestionRecord { Page = page, Choices = [.. choices] };
    }

    private int FeedbackPage(string text, bool right)
    {
        int textX = (2 * Margin) + FeedbackBar;
        int textWidth = Width - textX - Margin;
        var items = new List<PageItem> { Item(new RectItem(Margin, Margin, FeedbackBar, Height - (2 * Margin), (ushort)(right ? theme.Correct : theme.Wrong)), FeedbackBar) };
        if (text.Length > 0)
        {
            int block = Block(text, [Body, Small], textWidth, Height - (2 * Margin), theme.Text, theme.PageBackground, tight: false);
            items.Add(Item(new TextItem(textX, Margin, block), textWidth));
        }
        return writer.Pages.Add(new ContentPage(Width, Height, (ushort)theme.PageBackground, items));
    }

    /// <summary>Mirrors an item of the given width for right-to-left pages.</summary>
    private PageItem Item(PageItem item, int width)
    {
        if (!rightToLeft)
        {
            return item;
        }
        int x = Width - item.X - width;
        return item switch
        {
            TextItem text => text with { X = x },
            ImageItem image => image with { X = x },
            RectItem rect => rect with { X = x },
            _ => item,
        };
    }

    private void AddTemplateText(string text, List<int> kinds, List<int> values, bool onPage)
    {
        if (text.Length == 0)
        {
            return;
        }
        var (foreground, background) = onPage ? (theme.Text, theme.PageBackground) : (theme.BarText, theme.BarBackground);
        // Layout drops spaces at the ends of a line, but here they keep the number apart from
        // the words: no-break spaces survive and count in the block's advance.
        text = text.Replace(' ', '\u00A0');
        kinds.Add(NumberTemplate.SegmentText);
        values.Add(Block(text, [BarStyle, Small], profile.Width / 2, profile.TopBar.Height - 6, foreground, background));
    }

    private int Block(string text, TextStyle[] styles, int width, int height, int foreground, int background, bool tight = true) =>
        Measured(text, styles, width, height, foreground, background, tight).Block;

    private (int Block, int Height) BlockWithHeight(string text, TextStyle[] styles, int width, int height, int foreground, int background)
    {
        var (block, _, blockHeight) = Measured(text, styles, width, height, foreground, background);
        return (block, blockHeight);
    }

    /// <summary>Lays text out in the first style that fits, in a box cut down to its lines when <paramref name="tight"/>.</summary>
    private (int Block, int Width, int Height) Measured(string text, TextStyle[] styles, int width, int height, int foreground, int background, bool tight = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            text = "-";
        }
        LaidOutText? laid = null;
        foreach (var style in styles)
        {
            laid = owner.Layout.Layout(text, language, style, width, height);
            if (!laid.Overflow)
            {
                break;
            }
        }
        if (tight && laid!.Lines.Count > 0)
        {
            var last = laid.Lines[^1];
            int tightWidth = Math.Min(width, (int)MathF.Ceiling(laid.Lines.Max(l => l.Width)) + 2);
            int tightHeight = Math.Min(height, (int)MathF.Ceiling(last.Top + last.Height) + 1);
            var cut = owner.Layout.Layout(text, language, laid.Style, tightWidth, tightHeight);
            if (cut.Lines.Count == laid.Lines.Count && cut.Overflow == laid.Overflow)
            {
                laid = cut;
            }
        }
        var encoded = writer.Text.Encode(laid!, (ushort)foreground, (ushort)background);
        return (writer.Text.Add(encoded), encoded.Width, encoded.Height);
    }
}
