using Kiosk.Firmware.Screens;
using Kiosk.Protocol.Content;

namespace Kiosk.Simulator.Visitors;

/// <summary>
/// A headless visitor who works through every lesson a kiosk offers, in every language and for
/// every audience (children of each age band, parents, teachers): reads every page, answers
/// each question wrong first where it can (to see the explanation and retry) and then right, and
/// finishes. It reads only what a person sees (the screen on show and its buttons) plus the
/// bundle to know the right answer, and taps the middle of a button.
/// </summary>
public sealed class ScriptedVisitor(KioskUi ui)
{
    // Roles in visiting order: (audience, age band).
    private static readonly (int Audience, int AgeBand)[] Roles = [(0, 1), (0, 2), (0, 3), (1, 0), (2, 0)];

    private int _language;
    private int _role;
    private int _module;
    private int _choice = -1;
    private bool _wrongTried;
    private readonly HashSet<ScreenKind> _helpChecked = [];

    /// <summary>Opens "Get help" once from each kind of screen, then goes back.</summary>
    public bool CheckHelp { get; init; }

    public bool Done { get; private set; }

    public int Taps { get; private set; }

    public int ModulesCompleted { get; private set; }

    public int PagesRead { get; private set; }

    public int QuestionsAnswered { get; private set; }

    /// <summary>(language, module id) of every lesson completed.</summary>
    public List<(string Language, string Module)> Completed { get; } = [];

    /// <summary>Picks the next tap; returns false when there is nothing left to do.</summary>
    public bool NextTap(out int x, out int y)
    {
        x = 0;
        y = 0;
        if (Done)
        {
            return false;
        }
        var targets = ui.Targets;
        int target = Choose(targets);
        if (target < 0)
        {
            return false;
        }
        x = targets.CentreX(target);
        y = targets.CentreY(target);
        Taps++;
        return true;
    }

    private int Choose(TouchTargets targets)
    {
        var screen = ui.Screen;
        if (CheckHelp && screen != ScreenKind.Help && _helpChecked.Add(screen))
        {
            return targets.IndexOf(TargetAction.Help, -1);
        }
        var session = ui.Session;
        switch (screen)
        {
            case ScreenKind.Attract:
                return targets.IndexOf(TargetAction.Start, -1);
            case ScreenKind.Help:
                return targets.IndexOf(TargetAction.Back, -1);
            case ScreenKind.Language:
            {
                int pick = targets.IndexOf(TargetAction.Language, _language);
                return pick >= 0 ? pick : targets.IndexOf(TargetAction.Next, -1);
            }
            case ScreenKind.Role:
                if (session.Language != _language)
                {
                    return targets.IndexOf(TargetAction.Back, -1);
                }
                return targets.IndexOf(TargetAction.Role, Roles[_role].Audience);
            case ScreenKind.AgeBand:
                if (Roles[_role].Audience != 0)
                {
                    return targets.IndexOf(TargetAction.Back, -1);
                }
                return targets.IndexOf(TargetAction.Age, Roles[_role].AgeBand);
            case ScreenKind.Modules:
                return ChooseModule(targets);
            case ScreenKind.Lesson:
                PagesRead++;
                return targets.IndexOf(TargetAction.Next, -1);
            case ScreenKind.Question:
                return ChooseAnswer(targets);
            case ScreenKind.Feedback:
                if (!Question().Choices[_choice].Correct)
                {
                    return targets.IndexOf(TargetAction.TryAgain, -1);
                }
                _wrongTried = false;
                return targets.IndexOf(TargetAction.Next, -1);
            case ScreenKind.Completion:
                ModulesCompleted++;
                Completed.Add((ui.View!.Language, ui.View.Index.Modules[session.Module].Id));
                _module++;
                return targets.IndexOf(TargetAction.Finish, -1);
            default:
                return -1;
        }
    }

    private int ChooseModule(TouchTargets targets)
    {
        var session = ui.Session;
        bool sameVisitor = session.Language == _language && session.Audience == Roles[_role].Audience && session.AgeBand == Roles[_role].AgeBand;
        if (sameVisitor && _module < session.OfferedCount)
        {
            int pick = targets.IndexOf(TargetAction.Module, _module);
            return pick >= 0 ? pick : targets.IndexOf(TargetAction.Next, -1);
        }
        if (sameVisitor)
        {
            _module = 0;
            _role++;
            if (_role == Roles.Length)
            {
                _role = 0;
                _language++;
                if (_language == ui.Languages.Length)
                {
                    Done = true;
                    return -1;
                }
            }
        }
        // Back through the list pages to the role or age screen, where the next visitor starts.
        return targets.IndexOf(TargetAction.Back, -1);
    }

    private int ChooseAnswer(TouchTargets targets)
    {
        var question = Question();
        _choice = -1;
        for (int i = 0; i < question.Choices.Length && _choice < 0; i++)
        {
            if (question.Choices[i].Correct == _wrongTried)
            {
                _choice = i;
            }
        }
        if (_choice < 0)
        {
            _choice = 0;
        }
        if (!question.Choices[_choice].Correct)
        {
            _wrongTried = true;
        }
        QuestionsAnswered++;
        return targets.IndexOf(TargetAction.Choice, _choice);
    }

    private QuestionRecord Question()
    {
        var session = ui.Session;
        return ui.View!.Index.Modules[session.Module].Questions[session.Question];
    }
}
