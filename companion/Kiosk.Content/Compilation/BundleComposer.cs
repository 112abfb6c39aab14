using System.Text.RegularExpressions;
using Kiosk.Content.Packaging;
using Kiosk.Protocol.Content;
using Kiosk.Typesetting;

namespace Kiosk.Content.Compilation;

/// <summary>
/// Composes everything one language shows on one display profile: every lesson (pages, question
/// screens, feedback screens), the Get help pages, the chrome labels, number templates, digits
/// and the language's own name, then fills the index. Pages are added in a fixed order (modules
/// in menu order, then help), so the same sources always give the same bytes.
/// </summary>
internal sealed partial class BundleComposer
{
    /// <summary>Label shown with a bundle that holds machine drafts (staff read English).</summary>
    public const string DraftNoticeId = "draft.notice";
    public const string DraftNoticeText = "Draft translation, not yet reviewed";

    /// <summary>Label for the Get help screen's title (help.yaml's title).</summary>
    public const string HelpTitleId = "help.title";

    private readonly Curriculum _curriculum;
    private readonly Language _language;
    private readonly DeploymentOptions _deployment;
    private readonly ContentBundleWriter? _writer;
    private readonly PageComposer _pages;
    private readonly TextLayout _layout;
    private readonly ScreenLayout _screen;
    private readonly List<LessonSize> _lessons = [];

    public BundleComposer(Curriculum curriculum, Language language, DisplayProfile profile, TextLayout layout, ArtCache art, DeploymentOptions deployment, bool encode, List<Diagnostic> diagnostics, Action<LaidOutText>? observer)
    {
        _curriculum = curriculum;
        _language = language;
        _deployment = deployment;
        _layout = layout;
        _screen = new ScreenLayout(profile);
        var theme = KioskTheme.Default();
        _writer = encode ? new ContentBundleWriter(profile, language.Code, language.IsRightToLeft, theme) : null;
        _pages = new PageComposer(layout, _screen, _writer, art, language.Code, language.IsRightToLeft, theme, diagnostics, observer);
    }

    /// <summary>True once any text shown is a machine draft awaiting review.</summary>
    public bool IsDraft { get; private set; }

    public ContentBundleWriter? Writer => _writer;

    public IReadOnlyList<LessonSize> Lessons => _lessons;

    public int PageCount => _pages.PageCount;

    private ContentTheme Theme => _pages.Theme;

    public void Compose()
    {
        var modules = new List<ModuleRecord>();
        foreach (var module in _curriculum.Modules)
        {
            int bytes = _pages.Bytes;
            int pages = _pages.PageCount;
            modules.Add(ComposeModule(module));
            _pages.TakeGlyphBytes();
            _lessons.Add(new LessonSize(ModuleId(module), _pages.Bytes - bytes, _pages.PageCount - pages));
        }
        int helpPage = ComposeHelp();
        var labelIds = new List<string>();
        var labelBlocks = new List<int>();
        var templates = new List<NumberTemplate>();
        ComposeLabels(labelIds, labelBlocks, templates);
        int languageName = ComposeLanguageName();
        if (_writer is null)
        {
            return;
        }
        // Digits are drawn beside bar labels ("Question 2 of 5"), so their coverage is rendered for the bar text colour.
        _writer.AddDigits(_layout, _language.DigitCharacters, _screen.Bar with { Color = (uint)Bgr565.ToColor((ushort)Theme.BarText) });
        var index = _writer.Index;
        index.Modules = [.. modules];
        index.HelpPage = helpPage;
        index.LabelIds = [.. labelIds];
        index.LabelBlocks = [.. labelBlocks];
        index.Templates = [.. templates];
        index.LanguageNameBlock = languageName;
    }

    /// <summary>Module ids as usage reports count them: <c>age9to12.private-eye</c>.</summary>
    public static string ModuleId(Module module) => $"{module.Audience}.{module.Id}";

    private ModuleRecord ComposeModule(Module module)
    {
        var lesson = module.Lesson;
        var (audience, ageBand) = AudienceOf(module.Audience);
        var title = Localize(lesson.Title);
        var laidTitle = _pages.Fit(title, [_screen.Title, _screen.Bar, _screen.SmallBar], _screen.BarTitleWidth, _screen.BarTitleHeight, "lesson title (top bar)");
        var record = new ModuleRecord
        {
            Id = ModuleId(module),
            Audience = (int)audience,
            AgeBand = (int)ageBand,
            TitleBlock = _pages.Block(Narrow(laidTitle), Theme.BarText, Theme.BarBackground),
        };
        var pages = new List<int>();
        foreach (var page in lesson.Pages)
        {
            string? art = page.Art is null ? null : Path.GetFullPath(Path.Combine(module.Directory, page.Art));
            pages.AddRange(_pages.TextPages(Localize(page.Title), Localize(page.Body), art, $"page '{page.Id}'"));
        }
        record.Pages = [.. pages];
        record.Questions = [.. lesson.Quiz.Questions.Select(ComposeQuestion)];
        return record;
    }

    /// <summary>
    /// The question and its answer buttons, in the first <see cref="QuizArrangement"/> where all
    /// text fits (full-width rows first). The page's rect items are the buttons, in choice order,
    /// so the kiosk takes its touch areas from the page itself.
    /// </summary>
    private QuestionRecord ComposeQuestion(Question question)
    {
        var screen = _screen;
        int m = screen.Margin;
        int pad = ScreenLayout.ButtonPadding;
        int count = question.Choices.Count;
        var texts = question.Choices.Select(c => Localize(c.Text)).ToList();
        var questionText = Localize(question.Text);
        QuizArrangement[] arrangements = [QuizArrangement.Stack, QuizArrangement.Grid, QuizArrangement.CompactStack, QuizArrangement.Beside, QuizArrangement.BesideNarrow];
        var arrangement = arrangements.FirstOrDefault(a => QuestionFits(a, questionText, texts), QuizArrangement.BesideNarrow);

        var laidQuestion = _pages.Fit(questionText, screen.QuestionStyles(arrangement), screen.QuestionWidth(arrangement), screen.QuestionTextHeight(arrangement, count), $"question '{question.Id}'");
        var items = new List<PageItem> { new TextItem(_pages.X(m, laidQuestion.BoxWidth), screen.QuizMargin(arrangement), _pages.Block(laidQuestion, Theme.Text, Theme.PageBackground)) };
        var choices = new ChoiceRecord[count];
        for (int i = 0; i < count; i++)
        {
            var choice = question.Choices[i];
            int width = screen.ButtonWidth(arrangement, count, i);
            var (x, y) = screen.ButtonOrigin(arrangement, count, i);
            int height = screen.ButtonHeight(arrangement, count);
            var (boxWidth, boxHeight) = screen.AnswerBox(arrangement, count, i);
            var label = _pages.Tight(_pages.Fit(texts[i], screen.AnswerStyles, boxWidth, boxHeight, $"answer '{question.Id}.{choice.Id}'"));
            int block = _pages.Block(label, Theme.AccentText, Theme.Accent);
            items.Add(new RectItem(_pages.X(x, width), y, width, height, (ushort)Theme.Accent));
            items.Add(new TextItem(_pages.X(x + pad, label.BoxWidth), y + ((height - label.BoxHeight) / 2), block));
            choices[i] = new ChoiceRecord { LabelBlock = block, Correct = question.CorrectChoice == choice };
        }
        int page = _pages.AddPage(screen.QuestionHeight, items);
        for (int i = 0; i < count; i++)
        {
            choices[i].FeedbackPage = ComposeFeedback(question, question.Choices[i], choices[i].Correct, page);
        }
        return new QuestionRecord { Page = page, Choices = choices };
    }

    private bool QuestionFits(QuizArrangement arrangement, TextSource question, IReadOnlyList<TextSource> choices)
    {
        var screen = _screen;
        int height = screen.QuestionTextHeight(arrangement, choices.Count);
        if (height <= 0 || !_pages.Fits(question, screen.QuestionStyles(arrangement), screen.QuestionWidth(arrangement), height))
        {
            return false;
        }
        return choices.Select((c, i) => (c, Box: screen.AnswerBox(arrangement, choices.Count, i)))
            .All(answer => _pages.Fits(answer.c, screen.AnswerStyles, answer.Box.Width, answer.Box.Height));
    }

    private int ComposeFeedback(Question question, Choice choice, bool correct, int questionPage)
    {
        if (choice.Feedback is null)
        {
            // KC016 already stops the build; point the kiosk back at the question meanwhile.
            return questionPage;
        }
        var screen = _screen;
        int m = screen.Margin;
        int bar = ScreenLayout.FeedbackBarWidth;
        int width = screen.Width - (3 * m) - bar;
        var laid = _pages.Fit(Localize(choice.Feedback), [screen.Body, screen.Small], width, screen.Height - (2 * m), $"feedback '{question.Id}.{choice.Id}'");
        var items = new List<PageItem>
        {
            new RectItem(_pages.X(m, bar), m, bar, screen.Height - (2 * m), (ushort)(correct ? Theme.Correct : Theme.Wrong)),
            new TextItem(_pages.X((2 * m) + bar, width), m, _pages.Block(laid, Theme.Text, Theme.PageBackground)),
        };
        return _pages.AddPage(screen.Height, items);
    }

    /// <summary>
    /// The Get help pages, one section per screen (continuing when long). They are the last
    /// pages of the bundle: the help screen runs from <see cref="ContentIndex.HelpPage"/> to the
    /// end of the pages section.
    /// </summary>
    private int ComposeHelp()
    {
        int first = -1;
        foreach (var section in _curriculum.Help.Sections)
        {
            var pages = _pages.TextPages(Fill(Localize(section.Title)), Fill(Localize(section.Body)), null, $"help section '{section.Id}'");
            first = first < 0 ? pages[0] : first;
        }
        if (first < 0)
        {
            first = _pages.AddPage(_screen.Height, []);
        }
        return first;
    }

    private void ComposeLabels(List<string> ids, List<int> blocks, List<NumberTemplate> templates)
    {
        foreach (var message in _curriculum.Ui.Strings)
        {
            string id = message.Key["ui/".Length..];
            var text = Localize(message);
            if (Placeholders.In(text.Text).Any(p => Placeholders.RunTime.Contains(p)))
            {
                templates.Add(ComposeTemplate(id, text));
                continue;
            }
            ids.Add(id);
            blocks.Add(ComposeLabel(id, text));
        }
        ids.Add(HelpTitleId);
        blocks.Add(ComposeLabel(HelpTitleId, Fill(Localize(_curriculum.Help.Title))));
        if (IsDraft)
        {
            ids.Add(DraftNoticeId);
            var notice = new TextSource(DraftNoticeText, new SourceLocation(CurriculumLoader.LanguagesFile, _language.Location.Line, _language.Location.Column), false, Curriculum.SourceLanguage);
            blocks.Add(_pages.Block(Narrow(_pages.Fit(notice, [_screen.Caption], _screen.BarLabelWidth, _screen.BarLabelHeight, "draft notice")), Theme.BarText, Theme.BarBackground));
        }
    }

    /// <summary>
    /// Chrome labels come in three colour pairs: bar labels (navigation, help, progress),
    /// answer-style buttons (roles, ages, quiz actions) and prompts on the page background.
    /// </summary>
    private int ComposeLabel(string id, TextSource text)
    {
        var screen = _screen;
        if (id.StartsWith("nav.", StringComparison.Ordinal) || id is "help.button" or HelpTitleId or "teacher.exit")
        {
            // The help button shares the top bar with the lesson title.
            int width = id == "help.button" ? screen.HelpButtonWidth : screen.BarLabelWidth;
            var bar = _pages.Fit(text, [screen.Bar, screen.SmallBar, screen.Caption], width, screen.BarLabelHeight, $"label '{id}'");
            return _pages.Block(Narrow(bar), Theme.BarText, Theme.BarBackground);
        }
        if ((id.StartsWith("role.", StringComparison.Ordinal) && id != "role.ask") || (id.StartsWith("age.", StringComparison.Ordinal) && id != "age.ask")
            || id is "quiz.check" or "quiz.tryAgain" or "session.restart" or "start.touch")
        {
            int width = screen.Width - (2 * screen.Margin) - (2 * ScreenLayout.ButtonPadding);
            var button = _pages.Fit(text, [screen.Button, screen.SmallButton], width, screen.TouchTarget - (2 * ScreenLayout.ButtonPadding), $"label '{id}'");
            return _pages.Block(_pages.Tight(button), Theme.AccentText, Theme.Accent);
        }
        if (id.StartsWith("counts.", StringComparison.Ordinal))
        {
            int width = id is "counts.today" or "counts.week" ? screen.CountsColumnWidth : screen.CountsLabelWidth;
            var count = _pages.Fit(text, [screen.Caption], width, screen.CountsRowHeight, $"label '{id}'");
            return _pages.Block(Narrow(count), Theme.Text, Theme.PageBackground);
        }
        var prompt = _pages.Fit(text, [screen.Title, screen.Body], screen.Width - (2 * screen.Margin), screen.Height - (2 * screen.Margin), $"label '{id}'");
        // "Well done!" is centred, on the completion page and between the bars' buttons after a
        // right answer, so its box must be as wide as its text, not the page.
        return _pages.Block(id == "quiz.wellDone" ? Narrow(prompt) : _pages.Tight(prompt), Theme.Text, Theme.PageBackground);
    }

    /// <summary>
    /// "Question {n} of {total}" as text blocks and number slots in visual order: the kiosk lays
    /// the segments out left to right, so right-to-left languages get them reversed.
    /// </summary>
    private NumberTemplate ComposeTemplate(string id, TextSource text)
    {
        var kinds = new List<int>();
        var values = new List<int>();
        int at = 0;
        foreach (Match slot in RunTimeSlot().Matches(text.Text))
        {
            AddTemplateText(text, text.Text[at..slot.Index], id, kinds, values);
            kinds.Add(NumberTemplate.SegmentNumber);
            values.Add(slot.Value == "{total}" ? 1 : 0);
            at = slot.Index + slot.Length;
        }
        AddTemplateText(text, text.Text[at..], id, kinds, values);
        if (_language.IsRightToLeft)
        {
            kinds.Reverse();
            values.Reverse();
        }
        return new NumberTemplate { LabelId = id, Kinds = [.. kinds], Values = [.. values] };
    }

    private void AddTemplateText(TextSource source, string piece, string id, List<int> kinds, List<int> values)
    {
        if (piece.Trim().Length == 0)
        {
            return;
        }
        // Each piece is laid out as a line of its own, and layout drops a line's trailing
        // whitespace, so the space before a number would vanish ("Question1 of3"). A zero-width
        // non-joiner after it is not whitespace, draws nothing, and every kiosk font has it.
        if (piece.EndsWith(' '))
        {
            piece += "\u200C";
        }
        var laid = _pages.Fit(source with { Text = piece }, [_screen.Bar], _screen.BarLabelWidth, _screen.BarLabelHeight, $"label '{id}'");
        kinds.Add(NumberTemplate.SegmentText);
        values.Add(_pages.Block(Narrow(laid), Theme.BarText, Theme.BarBackground));
    }

    private int ComposeLanguageName()
    {
        var name = _curriculum.Ui.LanguageNames.GetValueOrDefault(_language.Code, _language.EnglishName);
        var source = new TextSource(name, new SourceLocation(_curriculum.Ui.File, 1, 1), false, _language.Code);
        var laid = _pages.Fit(source, [_screen.Title], _screen.Width - (2 * _screen.Margin), _screen.TitleMaxHeight, "language name");
        return _pages.Block(Narrow(laid), Theme.Text, Theme.PageBackground);
    }

    /// <summary>
    /// A single-line label in a box as wide as its text, so the kiosk can centre or right-align
    /// it; right-to-left text would otherwise sit at the far end of a wide box.
    /// </summary>
    private LaidOutText Narrow(LaidOutText laid)
    {
        if (laid.Lines.Count == 0)
        {
            return laid;
        }
        int width = Math.Min(laid.BoxWidth, (int)MathF.Ceiling(laid.Lines.Max(line => line.Width)) + 2);
        var narrow = _layout.Layout(laid.Text, laid.Language, laid.Style, width, laid.BoxHeight);
        return _pages.Tight(narrow.Overflow || narrow.Lines.Count != laid.Lines.Count ? laid : narrow);
    }

    private TextSource Localize(SourceMessage message)
    {
        var text = _curriculum.Localize(_language.Code, message);
        IsDraft |= text.IsDraft;
        bool translated = _language.Code != Curriculum.SourceLanguage && !text.IsFallback;
        var location = message.Location;
        if (translated && _curriculum.Translations.TryGetValue(_language.Code, out var catalog) && catalog.Find(message.Key) is { Line: > 0 } entry)
        {
            location = new SourceLocation(PoExporter.TranslationPath(_language.Code), entry.Line, 1);
        }
        return new TextSource(text.Text, location, translated, text.IsFallback ? Curriculum.SourceLanguage : _language.Code);
    }

    private TextSource Fill(TextSource text) => text with { Text = DeploymentPlaceholders.Fill(text.Text, _deployment) };

    private static (Kiosk.Protocol.Messages.Audience Audience, Kiosk.Protocol.Messages.AgeBand AgeBand) AudienceOf(string audience) => audience switch
    {
        Audience.Under9 => (Kiosk.Protocol.Messages.Audience.Child, Kiosk.Protocol.Messages.AgeBand.Under9),
        Audience.Age9To12 => (Kiosk.Protocol.Messages.Audience.Child, Kiosk.Protocol.Messages.AgeBand.From9To12),
        Audience.Age13To17 => (Kiosk.Protocol.Messages.Audience.Child, Kiosk.Protocol.Messages.AgeBand.From13To17),
        Audience.Parents => (Kiosk.Protocol.Messages.Audience.Parent, Kiosk.Protocol.Messages.AgeBand.None),
        _ => (Kiosk.Protocol.Messages.Audience.Teacher, Kiosk.Protocol.Messages.AgeBand.None),
    };

    [GeneratedRegex(@"\{(n|total|score)\}")]
    private static partial Regex RunTimeSlot();
}
