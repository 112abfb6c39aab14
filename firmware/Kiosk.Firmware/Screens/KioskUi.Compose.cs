using Kiosk.Firmware.Rendering;
using Kiosk.Firmware.Usage;
using Kiosk.Protocol.Content;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Screens;

/// <summary>How each screen is drawn: chrome, pages and buttons composed into the scene.</summary>
public sealed partial class KioskUi
{
    private const int MaxOverlays = 8;
    private const int SceneCapacity = 160;
    private const int OverlayCapacity = 8;
    private const int ProgressStrip = 3;

    private readonly TextBlock _block = new TextBlock();
    private readonly PageDrawList _questionPage = new PageDrawList();
    private readonly int[] _overlayLanguage = new int[MaxOverlays];
    private readonly int[] _overlayX = new int[MaxOverlays];
    private readonly int[] _overlayY = new int[MaxOverlays];
    private readonly int[] _overlayWidth = new int[MaxOverlays];
    private readonly int[] _overlayHeight = new int[MaxOverlays];
    private readonly int[] _overlayFrame = new int[MaxOverlays];
    private readonly int[] _overlayTarget = new int[MaxOverlays];
    private int _overlayCount;

    // One scene, one overlay scene and one renderer serve every language: each is bound to the
    // language it draws just before drawing, so memory does not grow with the languages installed.
    private Scene _scene;
    private Scene _overlay;
    private StripRenderer _renderer;
    private int _progressX;
    private int _progressY;
    private int _progressWidth;
    private int _progressHeight;

    /// <summary>Where the progress number and strip sit on the screen on show (empty when none).</summary>
    public void ProgressBox(out int x, out int y, out int width, out int height)
    {
        x = _progressX;
        y = _progressY;
        width = _progressWidth;
        height = _progressHeight;
    }

    private void Compose()
    {
        View = Screen == ScreenKind.Attract ? _views[_attractLanguage] : SessionView();
        _scene.Bind(View.Content);
        _targets.Clear();
        _overlayCount = 0;
        _progressWidth = 0;
        UiLabels labels = View.Labels;
        switch (Screen)
        {
            case ScreenKind.Attract:
                ComposeAttract();
                break;
            case ScreenKind.Language:
                ComposeLanguages(labels.LanguageChoose, TargetAction.Language, true);
                break;
            case ScreenKind.Role:
                ComposeChoices(labels.RoleAsk, TargetAction.Role, labels.RoleChild, labels.RoleParent, labels.RoleTeacher, 0);
                break;
            case ScreenKind.AgeBand:
                ComposeChoices(labels.AgeAsk, TargetAction.Age, labels.AgeUnder9, labels.Age9To12, labels.Age13To17, 1);
                break;
            case ScreenKind.Modules:
                ComposeModules();
                break;
            case ScreenKind.Lesson:
                ComposeLesson();
                break;
            case ScreenKind.Question:
                ComposeQuestion();
                break;
            case ScreenKind.Feedback:
                ComposeFeedback();
                break;
            case ScreenKind.Completion:
                ComposeCompletion();
                break;
            case ScreenKind.Help:
                ComposeHelp();
                break;
            case ScreenKind.TeacherPin:
                ComposePin();
                break;
            default:
                ComposeTeacher();
                break;
        }
    }

    private void ComposeAttract()
    {
        ChromeLayout layout = View.Layout;
        DisplayGeometry geometry = View.Index.Display;
        ContentTheme theme = View.Theme;
        Scene scene = _scene;
        AddTopBar(-1, true);
        int corner = layout.MinTarget;
        _targets.Add(TargetAction.TeacherCorner, 0, layout.Leading(corner) - (layout.RightToLeft ? -geometry.Margin : geometry.Margin), 0, corner, corner, corner, layout.Width, layout.Height);
        ScreenRect content = geometry.Content;
        scene.AddRect(content.X, content.Y, content.Width, content.Height, theme.PageBackground);
        int label = View.Labels.StartTouch;
        Measure(label);
        int width = Larger(layout.ButtonWidth(_block.Width), content.Width * 2 / 3);
        width = Smaller(width, content.Width - (2 * geometry.Margin));
        int height = Larger(layout.MinTarget, _block.Height + (2 * (ChromeLayout.Padding + ChromeLayout.Frame)));
        height = Smaller(height, content.Height - (2 * geometry.Margin));
        int x = content.X + ((content.Width - width) / 2);
        int y = content.Y + ((content.Height - height) / 2);
        AddButton(label, x, y, width, height, TargetAction.Start, 0, theme.Accent);
        _targets.SetLastHit(0, 0, layout.Width, layout.Height);
        ScreenRect bar = geometry.BottomBar;
        scene.AddRect(bar.X, bar.Y, bar.Width, bar.Height, theme.BarBackground);
        AddCentredLabel(View.Index.LanguageNameBlock, bar.X, bar.Y, bar.Width, bar.Height);
    }

    private void ComposeLanguages(int title, TargetAction action, bool showHelp)
    {
        AddTopBar(title, showHelp);
        AddContentBackground();
        int capacity = View.Layout.GridCapacity;
        int first = _session.ListPage * capacity;
        for (int slot = 0; slot < capacity && first + slot < _views.Length; slot++)
        {
            int x;
            int y;
            int width;
            int height;
            View.Layout.Cell(slot, out x, out y, out width, out height);
            int language = first + slot;
            bool chosen = action == TargetAction.DefaultLanguage && language == DefaultLanguageIndex();
            AddOverlay(language, x, y, width, height, chosen ? View.Theme.Correct : _views[language].Theme.Accent);
            _targets.Add(action, language, x, y, width, height, View.Layout.MinTarget, View.Layout.Width, View.Layout.Height);
        }

        if (action == TargetAction.Language)
        {
            AddListBottomBar(_views.Length, capacity, true);
        }
    }

    private void ComposeChoices(int title, TargetAction action, int first, int second, int third, int firstArgument)
    {
        AddTopBar(title, true);
        AddContentBackground();
        AddCell(0, first, action, firstArgument, View.Theme.Accent);
        AddCell(1, second, action, firstArgument + 1, View.Theme.Accent);
        AddCell(2, third, action, firstArgument + 2, View.Theme.Accent);
        AddBottomBar(true, false, -1, 0, 0, null);
    }

    private void ComposeModules()
    {
        AddTopBar(View.Labels.MenuChoose, true);
        AddContentBackground();
        int capacity = View.Layout.GridCapacity;
        int first = _session.ListPage * capacity;
        ModuleRecord[] modules = View.Index.Modules;
        for (int slot = 0; slot < capacity && first + slot < _session.OfferedCount; slot++)
        {
            AddCell(slot, modules[_session.Offered[first + slot]].TitleBlock, TargetAction.Module, first + slot, View.Theme.Accent);
        }

        AddListBottomBar(_session.OfferedCount, capacity, true);
    }

    private void ComposeLesson()
    {
        ModuleRecord module = CurrentModule();
        AddTopBar(module.TitleBlock, true);
        AddPage(module.Pages[_session.Page]);
        AddBottomBar(true, true, View.Labels.Next, _session.Page + 1, module.Pages.Length, View.Labels.PageProgress);
    }

    // The question page covers the content area and the bottom bar and draws its own answer
    // buttons; the kiosk adds their touch targets and writes "Question 2 of 5" in the top bar.
    private void ComposeQuestion()
    {
        ModuleRecord module = CurrentModule();
        QuestionRecord question = CurrentQuestion();
        ScreenRect bar = View.Index.Display.TopBar;
        _scene.AddRect(bar.X, bar.Y, bar.Width, bar.Height, View.Theme.BarBackground);
        int helpWidth = AddBarButton(bar, View.Labels.Help, true, TargetAction.Help);
        int margin = View.Index.Display.Margin;
        _progressWidth = bar.Width - helpWidth - (3 * margin);
        _progressX = View.Layout.RightToLeft ? bar.Width - margin - _progressWidth : margin;
        _progressY = bar.Y;
        _progressHeight = bar.Height;
        NumberTemplate progress = View.Labels.QuizProgress;
        if (progress != null)
        {
            AddCentredTemplate(progress, _session.Question + 1, module.Questions.Length, _progressX, bar.Y, _progressWidth, bar.Height);
        }

        AddPage(question.Page);
        ContentTheme theme = View.Theme;
        ScreenRect content = View.Index.Display.Content;

        // The page's rect items are its answer buttons, in choice order (docs/compiler.md).
        View.Content.Pages.ReadPage(question.Page, _questionPage);
        int choice = 0;
        for (int item = 0; item < _questionPage.Count && choice < question.Choices.Length; item++)
        {
            if (_questionPage.Kind[item] != ContentFormat.ItemRect)
            {
                continue;
            }

            int x = content.X + _questionPage.X[item];
            int y = content.Y + _questionPage.Y[item];
            int width = _questionPage.ItemWidth[item];
            int height = _questionPage.ItemHeight[item];
            int i = choice++;
            if (_targets.Count == _pressed)
            {
                int edge = ChromeLayout.Frame;
                _scene.AddRect(x, y, width, edge, theme.BarBackground);
                _scene.AddRect(x, y + height - edge, width, edge, theme.BarBackground);
                _scene.AddRect(x, y, edge, height, theme.BarBackground);
                _scene.AddRect(x + width - edge, y, edge, height, theme.BarBackground);
            }

            _targets.Add(TargetAction.Choice, i, x, y, width, height, View.Layout.MinTarget, View.Layout.Width, View.Layout.Height);
        }
    }

    // The feedback page carries the explanation and its right/wrong colour bar.
    private void ComposeFeedback()
    {
        ModuleRecord module = CurrentModule();
        ChoiceRecord choice = CurrentQuestion().Choices[_session.Choice];
        AddTopBar(module.TitleBlock, true);
        AddPage(choice.FeedbackPage);
        AddBottomBar(false, true, View.Labels.Next, 0, 0, null);
        if (choice.Correct)
        {
            // Only where it fits beside next: a wider label would cover the button.
            Measure(View.Labels.WellDone);
            if (_block.Width <= _progressWidth && _block.Height <= _progressHeight)
            {
                AddCentredLabel(View.Labels.WellDone, _progressX, _progressY, _progressWidth, _progressHeight);
            }
        }
        else
        {
            AddBarButton(View.Index.Display.BottomBar, View.Labels.TryAgain, false, TargetAction.TryAgain);
        }
    }

    // Help runs from the bundle's first help page to the end of the pages section.
    private void ComposeHelp()
    {
        UiLabels labels = View.Labels;
        AddTopBar(labels.HelpTitle >= 0 ? labels.HelpTitle : labels.Help, false);
        int pages = View.Content.Pages.Count - View.Index.HelpPage;
        AddPage(View.Index.HelpPage + _session.HelpPage);
        bool more = _session.HelpPage < pages - 1;
        AddBottomBar(true, more, labels.Next, pages > 1 ? _session.HelpPage + 1 : 0, pages > 1 ? pages : 0, labels.PageProgress);
    }

    private void ComposeCompletion()
    {
        ModuleRecord module = CurrentModule();
        AddTopBar(View.Labels.LessonDone, true);
        AddContentBackground();
        ScreenRect content = View.Index.Display.Content;
        int half = content.Height / 2;
        NumberTemplate score = View.Labels.QuizScore;
        if (score != null && module.Questions.Length > 0)
        {
            AddCentredTemplate(score, _session.Score, module.Questions.Length, content.X, content.Y, content.Width, half);
        }

        AddCentredLabel(View.Labels.WellDone, content.X, content.Y + half, content.Width, half);
        AddBottomBar(false, true, View.Labels.Finish, 0, 0, null);
        _targets.SetLastAction(TargetAction.Finish);
    }

    private void ComposePin()
    {
        bool failed = _session.PinOutcome == (int)Teacher.PinCheckResult.Wrong || _session.PinOutcome == (int)Teacher.PinCheckResult.LockedOut;
        AddTopBar(failed ? View.Labels.WrongPin : View.Labels.TeacherPin, true);
        AddContentBackground();
        ContentTheme theme = View.Theme;
        Scene scene = _scene;
        for (int digit = 0; digit < 10; digit++)
        {
            int x;
            int y;
            int side;
            View.Layout.PinKey(digit, out x, out y, out side);
            AddButton(-1, x, y, side, side, TargetAction.PinDigit, digit, theme.Accent);
            int width = scene.MeasureNumber(digit);
            scene.AddNumber(digit, x + ((side - width) / 2), y + (side * 2 / 3), theme.AccentText, theme.Accent);
        }

        AddBottomBar(true, true, View.Labels.Next, 0, 0, null);
        long lockout = _services.TeacherLock == null ? 0 : _services.TeacherLock.RemainingLockoutMilliseconds();
        ScreenRect bar = View.Index.Display.BottomBar;
        int baseline = bar.Y + (bar.Height / 2) + (View.Index.Display.BodySize / 3);
        if (lockout > 0)
        {
            int seconds = (int)((lockout + 999) / 1000);
            int width = scene.MeasureNumber(seconds);
            scene.AddNumber(seconds, _progressX + ((_progressWidth - width) / 2), baseline, theme.BarText, theme.BarBackground);
            return;
        }

        int dot = View.Index.Display.Margin + 4;
        int total = (_session.PinLength * dot * 2) - dot;
        int left = _progressX + ((_progressWidth - total) / 2);
        for (int i = 0; i < _session.PinLength; i++)
        {
            int x = View.Layout.RightToLeft ? left + total - dot - (i * dot * 2) : left + (i * dot * 2);
            scene.AddRect(x, bar.Y + ((bar.Height - dot) / 2), dot, dot, theme.BarText);
        }
    }

    private void ComposeTeacher()
    {
        int capacity = View.Layout.GridCapacity;
        ModuleRecord[] modules = View.Index.Modules;
        int modulePages = PagesOf(modules.Length, capacity);
        int languagePages = PagesOf(_views.Length, capacity);
        int pages = modulePages + languagePages + 1;
        int page = _session.ListPage;
        if (page < modulePages)
        {
            AddTopBar(View.Labels.TeacherModules, false);
            AddAction(View.Labels.TeacherExit, TargetAction.ExitTeacher);
            AddContentBackground();
            string[] enabled = EnabledModules();
            for (int slot = 0; slot < capacity && (page * capacity) + slot < modules.Length; slot++)
            {
                int module = (page * capacity) + slot;
                bool on = IsEnabled(enabled, modules[module].Id);
                AddCell(slot, modules[module].TitleBlock, TargetAction.ToggleModule, module, on ? View.Theme.Correct : View.Theme.Wrong);
            }
        }
        else if (page < modulePages + languagePages)
        {
            int saved = _session.ListPage;
            _session.ListPage = page - modulePages;
            ComposeLanguages(View.Labels.LanguageChoose, TargetAction.DefaultLanguage, false);
            _session.ListPage = saved;
            AddAction(View.Labels.TeacherExit, TargetAction.ExitTeacher);
        }
        else
        {
            AddTopBar(View.Labels.TeacherCounts, false);
            AddAction(View.Labels.TeacherExit, TargetAction.ExitTeacher);
            AddContentBackground();
            ComposeCounts();
        }

        AddBottomBar(page > 0, page < pages - 1, View.Labels.Next, page + 1, pages, View.Labels.PageProgress);
    }

    // A head row ("Today", "This week") over five rows, one per usage event: a colour key, the
    // event's name, today's count and this week's count. The names take the reading-start half,
    // each count column a quarter; the compiler fits the labels in the same boxes
    // (ScreenLayout.CountsRowHeight, CountsLabelWidth, CountsColumnWidth).
    private void ComposeCounts()
    {
        UsageLedger usage = _services.Usage;
        ScreenRect content = View.Index.Display.Content;
        UiLabels labels = View.Labels;
        int margin = View.Index.Display.Margin;
        int row = (content.Height - (2 * margin)) / (LocalTotals.EventCount + 1);
        int key = row - 6;
        int column = content.Width / 4;
        int top = content.Y + margin;
        AddCountsLabel(labels.CountsToday, content.X + (content.Width / 2), top, column, row, true);
        AddCountsLabel(labels.CountsWeek, content.X + (content.Width / 2) + column, top, column, row, true);
        for (int e = 0; e < LocalTotals.EventCount; e++)
        {
            int y = top + ((e + 1) * row);
            _scene.AddRect(View.Layout.Mirror(content.X + margin, key), y + 3, key, key, EventColour(e));
            int labelX = content.X + margin + key + margin;
            AddCountsLabel(labels.CountsEvent(e), labelX, y, (content.Width / 2) - labelX - (margin / 2), row, false);
            uint today = usage == null ? 0 : usage.Totals.Today(usage.Today, (UsageEvent)e);
            uint week = usage == null ? 0 : usage.Totals.ThisWeek(usage.Today, (UsageEvent)e);
            int baseline = y + (row * 3 / 4);
            AddNumberAt((int)today, content.X + (content.Width / 2) + (column / 2), baseline);
            AddNumberAt((int)week, content.X + (content.Width / 2) + column + (column / 2), baseline);
        }
    }

    // A label in a box given for a left-to-right screen: centred in it, or at its reading start.
    private void AddCountsLabel(int label, int x, int y, int width, int height, bool centred)
    {
        if (label < 0)
        {
            return;
        }

        Measure(label);
        int left = centred ? x + ((width - _block.Width) / 2) : x;
        _scene.AddText(label, View.Layout.Mirror(left, _block.Width), y + ((height - _block.Height) / 2));
    }

    // A number centred on x (in left-to-right terms).
    private void AddNumberAt(int value, int centre, int baseline)
    {
        int width = _scene.MeasureNumber(value);
        _scene.AddNumber(value, View.Layout.Mirror(centre - (width / 2), width), baseline, View.Theme.Text, View.Theme.PageBackground);
    }

    private int EventColour(int usageEvent)
    {
        ContentTheme theme = View.Theme;
        switch (usageEvent)
        {
            case 0:
                return theme.Accent;
            case 1:
                return theme.Correct;
            case 2:
                return theme.Text;
            case 3:
                return theme.Wrong;
            default:
                return theme.BarBackground;
        }
    }

    private static int PagesOf(int items, int capacity)
    {
        int pages = (items + capacity - 1) / capacity;
        return pages < 1 ? 1 : pages;
    }

    private void AddListBottomBar(int items, int capacity, bool back)
    {
        int pages = PagesOf(items, capacity);
        bool more = _session.ListPage < pages - 1;
        AddBottomBar(back, more, View.Labels.Next, pages > 1 ? _session.ListPage + 1 : 0, pages > 1 ? pages : 0, View.Labels.PageProgress);
    }

    private void AddContentBackground()
    {
        ScreenRect content = View.Index.Display.Content;
        _scene.AddRect(content.X, content.Y, content.Width, content.Height, View.Theme.PageBackground);
    }

    private void AddPage(int page)
    {
        ScreenRect content = View.Index.Display.Content;
        _scene.AddPage(page, content.X, content.Y);
    }

    private void AddCell(int slot, int label, TargetAction action, int argument, int frame)
    {
        int x;
        int y;
        int width;
        int height;
        View.Layout.Cell(slot, out x, out y, out width, out height);
        AddButton(label, x, y, width, height, action, argument, frame);
    }

    private void AddTopBar(int title, bool help)
    {
        ScreenRect bar = View.Index.Display.TopBar;
        ContentTheme theme = View.Theme;
        _scene.AddRect(bar.X, bar.Y, bar.Width, bar.Height, theme.BarBackground);
        if (title >= 0)
        {
            Measure(title);
            int x = View.Layout.Leading(_block.Width);
            if (_block.Background != theme.BarBackground)
            {
                _scene.AddRect(x - ChromeLayout.Padding, bar.Y + 3, _block.Width + (2 * ChromeLayout.Padding), bar.Height - 6, _block.Background);
            }

            _scene.AddText(title, x, bar.Y + ((bar.Height - _block.Height) / 2));
        }

        if (help)
        {
            AddAction(View.Labels.Help, TargetAction.Help);
        }
    }

    /// <summary>The button at the reading end of the top bar: "Get help", or leaving teacher mode.</summary>
    private void AddAction(int label, TargetAction action)
    {
        AddBarButton(View.Index.Display.TopBar, label, true, action);
    }

    private int AddBarButton(ScreenRect bar, int label, bool trailing, TargetAction action)
    {
        Measure(label);
        int width = View.Layout.ButtonWidth(_block.Width);
        int height = View.Layout.BarButtonHeight(bar);
        int x = trailing ? View.Layout.Trailing(width) : View.Layout.Leading(width);
        AddButton(label, x, bar.Y + ((bar.Height - height) / 2), width, height, action, 0, View.Theme.Accent);
        return width;
    }

    /// <summary>
    /// The bottom bar: back at the reading start, next at the reading end, and between them the
    /// progress ("2 of 6" in the language's digits) over a strip that fills as the visitor goes.
    /// </summary>
    private void AddBottomBar(bool back, bool next, int nextLabel, int current, int total, NumberTemplate template)
    {
        ScreenRect bar = View.Index.Display.BottomBar;
        ContentTheme theme = View.Theme;
        int margin = View.Index.Display.Margin;
        _scene.AddRect(bar.X, bar.Y, bar.Width, bar.Height, theme.BarBackground);
        int backWidth = back ? AddBarButton(bar, View.Labels.Back, false, TargetAction.Back) + margin : 0;
        int nextWidth = next ? AddBarButton(bar, nextLabel, true, TargetAction.Next) + margin : 0;
        int leftWidth = View.Layout.RightToLeft ? nextWidth : backWidth;
        int rightWidth = View.Layout.RightToLeft ? backWidth : nextWidth;
        _progressX = bar.X + margin + leftWidth;
        _progressY = bar.Y;
        _progressWidth = bar.Width - (2 * margin) - leftWidth - rightWidth;
        _progressHeight = bar.Height;
        if (total <= 0)
        {
            return;
        }

        int filled = _progressWidth * current / total;
        int stripX = View.Layout.RightToLeft ? _progressX + _progressWidth - filled : _progressX;
        _scene.AddRect(_progressX, bar.Y + bar.Height - ProgressStrip - 2, _progressWidth, ProgressStrip, theme.PageBackground);
        _scene.AddRect(stripX, bar.Y + bar.Height - ProgressStrip - 2, filled, ProgressStrip, theme.Accent);
        if (template != null && MeasureTemplate(template, current, total) + (2 * ChromeLayout.Padding) <= _progressWidth)
        {
            AddCentredTemplate(template, current, total, _progressX, bar.Y, _progressWidth, bar.Height - ProgressStrip - 2);
            return;
        }

        // Without a "{n} of {total}" string in the bundle, or when it is wider than the room
        // between back and next: the two numbers around a short rule.
        Scene scene = _scene;
        int gap = margin;
        int rule = margin;
        int first = View.Layout.RightToLeft ? total : current;
        int second = View.Layout.RightToLeft ? current : total;
        int width = scene.MeasureNumber(first) + gap + rule + gap + scene.MeasureNumber(second);
        int x = _progressX + ((_progressWidth - width) / 2);
        int baseline = bar.Y + (bar.Height / 2) + (View.Index.Display.BodySize / 3);
        scene.AddNumber(first, x, baseline, theme.BarText, theme.BarBackground);
        x += scene.MeasureNumber(first) + gap;
        scene.AddRect(x, baseline - (View.Index.Display.BodySize / 3), rule, 2, theme.BarText);
        x += rule + gap;
        scene.AddNumber(second, x, baseline, theme.BarText, theme.BarBackground);
    }

    private void AddCentredTemplate(NumberTemplate template, int first, int second, int x, int y, int width, int height)
    {
        int advance = MeasureTemplate(template, first, second);
        int blockHeight = 0;
        int background = View.Theme.BarBackground;
        for (int s = 0; s < template.Kinds.Length; s++)
        {
            if (template.Kinds[s] == NumberTemplate.SegmentText)
            {
                Measure(template.Values[s]);
                blockHeight = _block.Height;
                background = _block.Background;
                break;
            }
        }

        int left = x + ((width - advance) / 2);
        int top = y + ((height - blockHeight) / 2);
        _scene.AddRect(left - ChromeLayout.Padding, top, advance + (2 * ChromeLayout.Padding), blockHeight, background);
        _scene.AddTemplate(template, left, top, first, second);
    }

    /// <summary>Pen advance of a template with its numbers filled in.</summary>
    private int MeasureTemplate(NumberTemplate template, int first, int second)
    {
        int advance = 0;
        for (int s = 0; s < template.Kinds.Length; s++)
        {
            if (template.Kinds[s] == NumberTemplate.SegmentText)
            {
                Measure(template.Values[s]);
                advance += _block.Advance;
            }
            else
            {
                advance += _scene.MeasureNumber(template.Values[s] == 0 ? first : second);
            }
        }

        return advance;
    }

    private void AddCentredLabel(int label, int x, int y, int width, int height)
    {
        if (label < 0)
        {
            return;
        }

        Measure(label);
        int left = x + ((width - _block.Width) / 2);
        int top = y + ((height - _block.Height) / 2);
        _scene.AddRect(left, top, _block.Width, _block.Height, _block.Background);
        _scene.AddText(label, left, top);
    }

    /// <summary>A framed button with its label centred, and its touch target.</summary>
    private void AddButton(int label, int x, int y, int width, int height, TargetAction action, int argument, int frame)
    {
        int target = _targets.Count;
        _targets.Add(action, argument, x, y, width, height, View.Layout.MinTarget, View.Layout.Width, View.Layout.Height);
        DrawButton(View, _scene, label, x, y, width, height, frame, target == _pressed);
    }

    private void DrawButton(LanguageView view, Scene scene, int label, int x, int y, int width, int height, int frame, bool pressed)
    {
        ContentTheme theme = view.Theme;
        int fill = theme.Accent;
        if (label >= 0)
        {
            view.Content.Text.ReadBlock(label, _block);
            fill = _block.Background;
        }

        int edge = ChromeLayout.Frame;
        scene.AddRect(x, y, width, height, pressed ? theme.BarBackground : frame);
        scene.AddRect(x + edge, y + edge, width - (2 * edge), height - (2 * edge), pressed && label < 0 ? theme.PageBackground : fill);
        if (label >= 0)
        {
            scene.AddText(label, x + ((width - _block.Width) / 2), y + ((height - _block.Height) / 2));
        }
    }

    /// <summary>A button drawn by another language's renderer (its name on the language picker).</summary>
    private void AddOverlay(int language, int x, int y, int width, int height, int frame)
    {
        int i = _overlayCount++;
        _overlayLanguage[i] = language;
        _overlayX[i] = x;
        _overlayY[i] = y;
        _overlayWidth[i] = width;
        _overlayHeight[i] = height;
        _overlayFrame[i] = frame;
        _overlayTarget[i] = _targets.Count;
    }

    /// <summary>Makes the shared scenes and renderer the first time content arrives: the strip height is the profile's.</summary>
    private void PrepareCanvas(ContentBundle bundle)
    {
        if (_renderer != null)
        {
            return;
        }

        int strip = bundle.Index.Display.StripHeight;
        if (strip < 1 || strip > _display.Height)
        {
            strip = _display.Height < 16 ? _display.Height : 16;
        }

        _scene = new Scene(SceneCapacity);
        _overlay = new Scene(OverlayCapacity);
        _renderer = new StripRenderer(_display, strip, StripRenderer.DefaultGlyphCacheBytes);
    }

    private void RenderRect(int x, int y, int width, int height)
    {
        _renderer.Bind(View.Content);
        _renderer.Render(_scene, x, y, width, height);
        RectanglesRendered++;
        for (int i = 0; i < _overlayCount; i++)
        {
            int left = Larger(x, _overlayX[i]);
            int top = Larger(y, _overlayY[i]);
            int right = Smaller(x + width, _overlayX[i] + _overlayWidth[i]);
            int bottom = Smaller(y + height, _overlayY[i] + _overlayHeight[i]);
            if (right <= left || bottom <= top)
            {
                continue;
            }

            LanguageView view = _views[_overlayLanguage[i]];
            _overlay.Bind(view.Content);
            DrawButton(view, _overlay, view.Index.LanguageNameBlock, _overlayX[i], _overlayY[i], _overlayWidth[i], _overlayHeight[i], _overlayFrame[i], _overlayTarget[i] == _pressed);
            _renderer.Bind(view.Content);
            _renderer.Render(_overlay, left, top, right - left, bottom - top);
        }
    }

    private void Measure(int label)
    {
        if (label < 0)
        {
            _block.Width = 0;
            _block.Height = 0;
            _block.Advance = 0;
            _block.Background = View.Theme.Accent;
            return;
        }

        View.Content.Text.ReadBlock(label, _block);
    }

    // nanoFramework's mscorlib has no System.Math.
    private static int Larger(int a, int b)
    {
        return a > b ? a : b;
    }

    private static int Smaller(int a, int b)
    {
        return a < b ? a : b;
    }
}
