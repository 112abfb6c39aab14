using System;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Teacher;
using Kiosk.Protocol.Content;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Screens;

/// <summary>
/// The kiosk's screens: attract, language, who are you, age band, lesson list, lesson pages,
/// quiz with feedback, completion, help, and teacher mode behind a PIN. The main loop calls
/// <see cref="Tick"/>; it polls touch, ends idle sessions, and redraws only the rectangles that
/// changed. Screens are composed into the current language's <see cref="Rendering.Scene"/> from
/// the bundle's pages and labels plus chrome (bars, buttons, numbers); nothing is allocated
/// while nothing changes. Drawing lives in <c>KioskUi.Compose.cs</c>.
/// </summary>
public sealed partial class KioskUi
{
    public const int DefaultIdleTimeoutSeconds = 90;
    public const int AttractCycleMilliseconds = 4000;
    public const int LongPressMilliseconds = 3000;

    /// <summary>Lesson id under which help shown outside a lesson is counted.</summary>
    public const string NoLessonId = "menu";

    private const int MaxDirty = 8;

    private readonly IDisplay _display;
    private readonly IClock _clock;
    private readonly ITouchPanel _touch;
    private readonly KioskUiServices _services;
    private readonly TouchSample _sample = new TouchSample();
    private readonly TouchTargets _targets = new TouchTargets();
    private readonly KioskSession _session = new KioskSession();
    private readonly int[] _dirtyX = new int[MaxDirty];
    private readonly int[] _dirtyY = new int[MaxDirty];
    private readonly int[] _dirtyWidth = new int[MaxDirty];
    private readonly int[] _dirtyHeight = new int[MaxDirty];
    private LanguageView[] _views = new LanguageView[0];
    private int _dirtyCount;
    private bool _allDirty;
    private bool _progressDirty;
    private int _pressed = -1;
    private long _pressedAt;
    private bool _swallowRelease;
    private long _lastInput;
    private long _attractSince;
    private int _attractLanguage;

    public KioskUi(IDisplay display, IClock clock, ITouchPanel touch, KioskUiServices services)
    {
        if (display == null || clock == null)
        {
            throw new ArgumentNullException(display == null ? "display" : "clock");
        }

        _display = display;
        _clock = clock;
        _touch = touch;
        _services = services == null ? new KioskUiServices() : services;
        Screen = ScreenKind.Attract;
    }

    public ScreenKind Screen { get; private set; }

    /// <summary>The visitor's session; cleared when it ends.</summary>
    public KioskSession Session => _session;

    /// <summary>What can be touched on the screen on show (a scripted visitor reads it).</summary>
    public TouchTargets Targets => _targets;

    public KioskUiServices Services => _services;

    /// <summary>The installed languages, in the order the picker lists them.</summary>
    public LanguageView[] Languages => _views;

    /// <summary>The language the screen on show is drawn in; null before content is installed.</summary>
    public LanguageView View { get; private set; }

    /// <summary>The pressed target, or -1.</summary>
    public int Pressed => _pressed;

    /// <summary>Rectangles handed to the renderer since start, for tests and benchmarks.</summary>
    public int RectanglesRendered { get; private set; }

    public int IdleTimeoutMilliseconds
    {
        get
        {
            KioskConfig config = _services.Config;
            uint seconds = config == null || config.IdleTimeoutSeconds == 0 ? DefaultIdleTimeoutSeconds : config.IdleTimeoutSeconds;
            return (int)seconds * 1000;
        }
    }

    /// <summary>
    /// Installs the languages to offer (one bundle each, same display profile) and starts over
    /// on the attract screen. Called at boot and when the content store switched bundles.
    /// </summary>
    public void SetContent(ContentBundle[] bundles)
    {
        var views = new LanguageView[bundles == null ? 0 : bundles.Length];
        for (int i = 0; i < views.Length; i++)
        {
            LanguageView old = FindView(bundles[i]);
            views[i] = old != null ? old : new LanguageView(bundles[i]);
            PrepareCanvas(bundles[i]);
        }

        _views = views;
        EndSession();
    }

    /// <summary>One turn of the UI: touch, timers, redraw of what changed.</summary>
    public void Tick()
    {
        if (_touch != null && _touch.TryRead(_sample))
        {
            HandleTouch(_sample.Pressed, _sample.X, _sample.Y);
        }

        long now = _clock.UptimeMilliseconds;
        if (Screen != ScreenKind.Attract && now - _lastInput >= IdleTimeoutMilliseconds)
        {
            EndSession();
        }
        else if (Screen == ScreenKind.Attract)
        {
            if (_pressed >= 0 && _targets.Action(_pressed) == TargetAction.TeacherCorner && now - _pressedAt >= LongPressMilliseconds)
            {
                _pressed = -1;
                _swallowRelease = true;
                Go(ScreenKind.TeacherPin);
            }
            else if (_pressed < 0 && _views.Length > 1 && now - _attractSince >= AttractCycleMilliseconds)
            {
                _attractLanguage = (_attractLanguage + 1) % _views.Length;
                _attractSince = now;
                MarkAllDirty();
            }
        }

        Render();
    }

    /// <summary>A steady touch state change (already debounced), in screen pixels.</summary>
    public void HandleTouch(bool pressed, int x, int y)
    {
        // Targets must match what is on the screen before a touch is matched against them.
        Render();
        _lastInput = _clock.UptimeMilliseconds;
        if (pressed)
        {
            if (_pressed >= 0)
            {
                if (_targets.Find(x, y) != _pressed)
                {
                    MarkTargetDirty(_pressed);
                    _pressed = -1;
                }

                return;
            }

            int hit = _targets.Find(x, y);
            if (hit >= 0 && !_swallowRelease)
            {
                _pressed = hit;
                _pressedAt = _lastInput;
                MarkTargetDirty(hit);
            }

            return;
        }

        if (_swallowRelease)
        {
            _swallowRelease = false;
            return;
        }

        if (_pressed < 0)
        {
            return;
        }

        int target = _pressed;
        _pressed = -1;
        MarkTargetDirty(target);
        if (_targets.Find(x, y) == target)
        {
            Act(_targets.Action(target), _targets.Argument(target));
        }
    }

    /// <summary>Draws the whole screen again (after the display lost its contents).</summary>
    public void Redraw()
    {
        MarkAllDirty();
        Render();
    }

    /// <summary>Ends the visitor's session: clears it and shows a fresh attract screen.</summary>
    public void EndSession()
    {
        _session.Reset();
        _pressed = -1;
        _swallowRelease = false;
        _attractLanguage = DefaultLanguageIndex();
        _attractSince = _clock.UptimeMilliseconds;
        _lastInput = _attractSince;
        Screen = ScreenKind.Attract;
        MarkAllDirty();
    }

    private void Act(TargetAction action, int argument)
    {
        switch (action)
        {
            case TargetAction.Start:
            case TargetAction.TeacherCorner:
                _session.Language = _attractLanguage;
                Go(_views.Length > 1 ? ScreenKind.Language : ScreenKind.Role);
                break;
            case TargetAction.Help:
                OpenHelp();
                break;
            case TargetAction.Back:
                Back();
                break;
            case TargetAction.Next:
                Next();
                break;
            case TargetAction.Language:
                _session.Language = argument;
                Go(ScreenKind.Role);
                break;
            case TargetAction.Role:
                _session.Audience = argument;
                _session.AgeBand = (int)AgeBand.None;
                if (argument == (int)Audience.Child)
                {
                    Go(ScreenKind.AgeBand);
                }
                else
                {
                    ShowModules();
                }

                break;
            case TargetAction.Age:
                _session.AgeBand = argument;
                ShowModules();
                break;
            case TargetAction.Module:
                OpenLesson(_session.Offered[argument]);
                break;
            case TargetAction.Choice:
                Answer(argument);
                break;
            case TargetAction.TryAgain:
                Go(ScreenKind.Question);
                break;
            case TargetAction.Finish:
                ShowModules();
                break;
            case TargetAction.PinDigit:
                if (_session.PinLength < KioskSession.MaxPinDigits)
                {
                    _session.Pin[_session.PinLength++] = (char)('0' + argument);
                    MarkBottomDirty();
                }

                break;
            case TargetAction.ToggleModule:
                ToggleModule(argument);
                break;
            case TargetAction.DefaultLanguage:
                SaveSettings(EnabledModules(), _views[argument].Language);
                break;
            case TargetAction.ExitTeacher:
                EndSession();
                break;
        }
    }

    private void Back()
    {
        switch (Screen)
        {
            case ScreenKind.Language:
                if (!PreviousListPage())
                {
                    EndSession();
                }

                break;
            case ScreenKind.Role:
                if (_views.Length > 1)
                {
                    Go(ScreenKind.Language);
                }
                else
                {
                    EndSession();
                }

                break;
            case ScreenKind.AgeBand:
                Go(ScreenKind.Role);
                break;
            case ScreenKind.Modules:
                if (!PreviousListPage())
                {
                    Go(_session.Audience == (int)Audience.Child ? ScreenKind.AgeBand : ScreenKind.Role);
                }

                break;
            case ScreenKind.Lesson:
                if (_session.Page > 0)
                {
                    _session.Page--;
                    TurnPage();
                }
                else
                {
                    ShowModules();
                }

                break;
            case ScreenKind.Help:
                if (_session.HelpPage > 0)
                {
                    _session.HelpPage--;
                    TurnPage();
                }
                else
                {
                    Go(_session.HelpReturn);
                }

                break;
            case ScreenKind.TeacherPin:
                if (_session.PinLength > 0)
                {
                    _session.PinLength--;
                    _session.Pin[_session.PinLength] = '\0';
                    MarkBottomDirty();
                }
                else
                {
                    EndSession();
                }

                break;
            case ScreenKind.Teacher:
                PreviousListPage();
                break;
        }
    }

    private void Next()
    {
        switch (Screen)
        {
            case ScreenKind.Language:
            case ScreenKind.Modules:
            case ScreenKind.Teacher:
                _session.ListPage++;
                TurnPage();
                break;
            case ScreenKind.Lesson:
                if (_session.Page < CurrentModule().Pages.Length - 1)
                {
                    _session.Page++;
                    TurnPage();
                }
                else if (CurrentModule().Questions.Length > 0)
                {
                    _session.Question = 0;
                    Go(ScreenKind.Question);
                }
                else
                {
                    Complete();
                }

                break;
            case ScreenKind.Feedback:
                if (_session.Question < CurrentModule().Questions.Length - 1)
                {
                    _session.Question++;
                    Go(ScreenKind.Question);
                }
                else
                {
                    Complete();
                }

                break;
            case ScreenKind.Help:
                _session.HelpPage++;
                TurnPage();
                break;
            case ScreenKind.TeacherPin:
                CheckPin();
                break;
        }
    }

    private bool PreviousListPage()
    {
        if (_session.ListPage == 0)
        {
            return false;
        }

        _session.ListPage--;
        TurnPage();
        return true;
    }

    private void ShowModules()
    {
        ModuleRecord[] modules = SessionView().Index.Modules;
        string[] enabled = EnabledModules();
        _session.OfferedCount = 0;
        for (int i = 0; i < modules.Length && _session.OfferedCount < KioskSession.MaxModules; i++)
        {
            ModuleRecord module = modules[i];
            bool forVisitor = module.Audience == _session.Audience
                && (_session.Audience != (int)Audience.Child || module.AgeBand == _session.AgeBand);
            if (forVisitor && IsEnabled(enabled, module.Id))
            {
                _session.Offered[_session.OfferedCount++] = i;
            }
        }

        _session.Module = -1;
        Go(ScreenKind.Modules);
    }

    private void OpenLesson(int module)
    {
        _session.Module = module;
        _session.Page = 0;
        _session.Question = 0;
        _session.Score = 0;
        _session.TriedMask = 0;
        Record(UsageEvent.LessonOpened, -1);
        Go(ScreenKind.Lesson);
    }

    private void Answer(int choice)
    {
        _session.Choice = choice;
        int bit = 1 << (_session.Question & 31);
        if ((_session.TriedMask & bit) == 0)
        {
            // Only the first answer to a question counts: retries would flatter the numbers.
            _session.TriedMask |= bit;
            bool right = CurrentQuestion().Choices[choice].Correct;
            if (right)
            {
                _session.Score++;
            }

            Record(right ? UsageEvent.QuizRight : UsageEvent.QuizWrong, _session.Question);
        }

        Go(ScreenKind.Feedback);
    }

    private void Complete()
    {
        Record(UsageEvent.LessonCompleted, -1);
        Go(ScreenKind.Completion);
    }

    private void OpenHelp()
    {
        if (Screen == ScreenKind.Help)
        {
            return;
        }

        _session.HelpReturn = Screen;
        _session.HelpPage = 0;
        if (Screen == ScreenKind.Attract)
        {
            _session.Language = _attractLanguage;
        }

        Record(UsageEvent.HelpShown, -1);
        Go(ScreenKind.Help);
    }

    private void CheckPin()
    {
        TeacherLock teacherLock = _services.TeacherLock;
        string pin = new string(_session.Pin, 0, _session.PinLength);
        PinCheckResult result = teacherLock == null ? PinCheckResult.NoPinConfigured : teacherLock.Check(pin, _services.Config);
        Array.Clear(_session.Pin, 0, _session.Pin.Length);
        _session.PinLength = 0;
        _session.PinOutcome = (int)result;
        if (result == PinCheckResult.Unlocked)
        {
            _session.ListPage = 0;
            Go(ScreenKind.Teacher);
        }
        else
        {
            MarkAllDirty();
        }
    }

    private void ToggleModule(int module)
    {
        ModuleRecord[] modules = SessionView().Index.Modules;
        string[] enabled = EnabledModules();
        string id = modules[module].Id;
        bool on = IsEnabled(enabled, id);
        int count = 0;
        var next = new string[modules.Length];
        for (int i = 0; i < modules.Length; i++)
        {
            bool keep = modules[i].Id == id ? !on : IsEnabled(enabled, modules[i].Id);
            if (keep)
            {
                next[count++] = modules[i].Id;
            }
        }

        var exact = new string[count];
        Array.Copy(next, exact, count);
        SaveSettings(exact, DefaultLanguage());
    }

    private void SaveSettings(string[] modules, string language)
    {
        TeacherSettingsStore store = _services.TeacherSettings;
        if (store != null)
        {
            var settings = new TeacherSettings();
            settings.EnabledModuleIds = modules;
            settings.DefaultLanguage = language;
            store.Save(settings, InstalledModuleIds());
        }

        MarkContentDirty();
    }

    /// <summary>Every module id of every installed language, each once.</summary>
    private string[] InstalledModuleIds()
    {
        int total = 0;
        for (int i = 0; i < _views.Length; i++)
        {
            total += _views[i].Index.Modules.Length;
        }

        var ids = new string[total];
        int count = 0;
        for (int i = 0; i < _views.Length; i++)
        {
            ModuleRecord[] modules = _views[i].Index.Modules;
            for (int m = 0; m < modules.Length; m++)
            {
                if (!Contains(ids, count, modules[m].Id))
                {
                    ids[count++] = modules[m].Id;
                }
            }
        }

        var exact = new string[count];
        Array.Copy(ids, exact, count);
        return exact;
    }

    /// <summary>Enabled module ids; null means every module.</summary>
    private string[] EnabledModules()
    {
        TeacherSettingsStore store = _services.TeacherSettings;
        if (store != null)
        {
            return store.EffectiveModules(_services.Config);
        }

        return _services.Config == null ? null : _services.Config.EnabledModuleIds;
    }

    private string DefaultLanguage()
    {
        TeacherSettingsStore store = _services.TeacherSettings;
        if (store != null)
        {
            return store.EffectiveLanguage(_services.Config);
        }

        return _services.Config == null ? null : _services.Config.DefaultLanguage;
    }

    private static bool IsEnabled(string[] enabled, string id)
    {
        return enabled == null || Contains(enabled, enabled.Length, id);
    }

    private static bool Contains(string[] ids, int count, string id)
    {
        for (int i = 0; i < count; i++)
        {
            if (ids[i] == id)
            {
                return true;
            }
        }

        return false;
    }

    private int DefaultLanguageIndex()
    {
        string language = DefaultLanguage();
        for (int i = 0; i < _views.Length; i++)
        {
            if (_views[i].Language == language)
            {
                return i;
            }
        }

        return 0;
    }

    private void Record(UsageEvent usageEvent, int question)
    {
        if (_services.Usage == null || _views.Length == 0)
        {
            return;
        }

        string lesson = _session.Module >= 0 ? CurrentModule().Id : NoLessonId;
        Audience audience = _session.Audience < 0 ? Audience.Child : (Audience)_session.Audience;
        _services.Usage.Record(lesson, SessionView().Language, audience, (AgeBand)_session.AgeBand, usageEvent, question);
    }

    private LanguageView FindView(ContentBundle bundle)
    {
        for (int i = 0; i < _views.Length; i++)
        {
            if (_views[i].Content == bundle)
            {
                return _views[i];
            }
        }

        return null;
    }

    /// <summary>The visitor's language, or the kiosk's default before one is chosen.</summary>
    private LanguageView SessionView()
    {
        int language = _session.Language >= 0 ? _session.Language : DefaultLanguageIndex();
        return _views[language];
    }

    private ModuleRecord CurrentModule()
    {
        return SessionView().Index.Modules[_session.Module];
    }

    private QuestionRecord CurrentQuestion()
    {
        return CurrentModule().Questions[_session.Question];
    }

    private void Go(ScreenKind screen)
    {
        if (screen != Screen && (screen == ScreenKind.Language || screen == ScreenKind.Modules || screen == ScreenKind.Teacher))
        {
            _session.ListPage = 0;
        }

        if (screen != ScreenKind.TeacherPin && screen != ScreenKind.Help)
        {
            _session.PinOutcome = -1;
        }

        Screen = screen;
        _pressed = -1;
        MarkAllDirty();
    }

    /// <summary>Same screen, next item: the content and the progress number change, the rest stays.</summary>
    private void TurnPage()
    {
        _pressed = -1;
        if (Screen == ScreenKind.Teacher)
        {
            // Teacher pages differ in their title too (lessons, language, counts).
            MarkAllDirty();
            return;
        }

        MarkContentDirty();
        MarkProgressDirty();
    }

    private void MarkAllDirty()
    {
        _allDirty = true;
    }

    private void MarkContentDirty()
    {
        if (View != null)
        {
            ScreenRect content = View.Index.Display.Content;
            MarkDirty(content.X, content.Y, content.Width, content.Height);
        }
    }

    private void MarkBottomDirty()
    {
        if (View != null)
        {
            ScreenRect bar = View.Index.Display.BottomBar;
            MarkDirty(bar.X, bar.Y, bar.Width, bar.Height);
        }
    }

    private void MarkProgressDirty()
    {
        MarkDirty(_progressX, _progressY, _progressWidth, _progressHeight);
        _progressDirty = true;
    }

    private void MarkTargetDirty(int target)
    {
        MarkDirty(_targets.DrawX(target), _targets.DrawY(target), _targets.DrawWidth(target), _targets.DrawHeight(target));
    }

    private void MarkDirty(int x, int y, int width, int height)
    {
        if (width <= 0 || height <= 0)
        {
            return;
        }

        for (int i = 0; i < _dirtyCount; i++)
        {
            if (_dirtyX[i] == x && _dirtyY[i] == y && _dirtyWidth[i] == width && _dirtyHeight[i] == height)
            {
                return;
            }
        }

        if (_dirtyCount == MaxDirty)
        {
            _allDirty = true;
            return;
        }

        _dirtyX[_dirtyCount] = x;
        _dirtyY[_dirtyCount] = y;
        _dirtyWidth[_dirtyCount] = width;
        _dirtyHeight[_dirtyCount] = height;
        _dirtyCount++;
    }

    private void Render()
    {
        if (!_allDirty && _dirtyCount == 0)
        {
            return;
        }

        if (_views.Length == 0)
        {
            _allDirty = false;
            _dirtyCount = 0;
            return;
        }

        Compose();
        if (_progressDirty)
        {
            MarkDirty(_progressX, _progressY, _progressWidth, _progressHeight);
        }

        if (_allDirty)
        {
            RenderRect(0, 0, _display.Width, _display.Height);
        }
        else
        {
            for (int i = 0; i < _dirtyCount; i++)
            {
                RenderRect(_dirtyX[i], _dirtyY[i], _dirtyWidth[i], _dirtyHeight[i]);
            }
        }

        _allDirty = false;
        _progressDirty = false;
        _dirtyCount = 0;
    }
}
