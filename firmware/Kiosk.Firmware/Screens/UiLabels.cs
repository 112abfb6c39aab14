using Kiosk.Protocol.Content;

namespace Kiosk.Firmware.Screens;

/// <summary>
/// The text blocks of the interface strings (companion/curriculum/ui.yaml keys), looked up once
/// per bundle so screens never search by name; -1 where a bundle lacks one.
/// </summary>
public sealed class UiLabels
{
    public readonly int StartTouch;
    public readonly int LanguageChoose;
    public readonly int RoleAsk;
    public readonly int RoleChild;
    public readonly int RoleParent;
    public readonly int RoleTeacher;
    public readonly int AgeAsk;
    public readonly int AgeUnder9;
    public readonly int Age9To12;
    public readonly int Age13To17;
    public readonly int MenuChoose;
    public readonly int Next;
    public readonly int Back;
    public readonly int Finish;
    public readonly int TryAgain;
    public readonly int WellDone;
    public readonly int LessonDone;
    public readonly int Help;

    /// <summary>Title of the help screen (the compiler adds it from help.yaml); -1 when absent.</summary>
    public readonly int HelpTitle;
    public readonly int TeacherPin;
    public readonly int WrongPin;
    public readonly int TeacherModules;
    public readonly int TeacherCounts;
    public readonly int TeacherExit;

    /// <summary>The counts page: its two column heads and one name per usage event.</summary>
    public readonly int CountsToday;
    public readonly int CountsWeek;
    public readonly int CountsOpened;
    public readonly int CountsCompleted;
    public readonly int CountsRight;
    public readonly int CountsWrong;
    public readonly int CountsHelp;

    /// <summary>"Question {n} of {total}", "You got {score} of {total}", and "{n} of {total}" for lesson pages.</summary>
    public readonly NumberTemplate QuizProgress;
    public readonly NumberTemplate QuizScore;
    public readonly NumberTemplate PageProgress;

    public UiLabels(ContentIndex index)
    {
        StartTouch = Find(index, "start.touch");
        LanguageChoose = Find(index, "language.choose");
        RoleAsk = Find(index, "role.ask");
        RoleChild = Find(index, "role.child");
        RoleParent = Find(index, "role.parent");
        RoleTeacher = Find(index, "role.teacher");
        AgeAsk = Find(index, "age.ask");
        AgeUnder9 = Find(index, "age.under9");
        Age9To12 = Find(index, "age.9to12");
        Age13To17 = Find(index, "age.13to17");
        MenuChoose = Find(index, "menu.choose");
        Next = Find(index, "nav.next");
        Back = Find(index, "nav.back");
        Finish = Find(index, "nav.finish");
        TryAgain = Find(index, "quiz.tryAgain");
        WellDone = Find(index, "quiz.wellDone");
        LessonDone = Find(index, "lesson.done");
        Help = Find(index, "help.button");
        HelpTitle = Find(index, "help.title");
        TeacherPin = Find(index, "teacher.pin");
        WrongPin = Find(index, "teacher.wrongPin");
        TeacherModules = Find(index, "teacher.modules");
        TeacherCounts = Find(index, "teacher.counts");
        TeacherExit = Find(index, "teacher.exit");
        CountsToday = Find(index, "counts.today");
        CountsWeek = Find(index, "counts.week");
        CountsOpened = Find(index, "counts.opened");
        CountsCompleted = Find(index, "counts.completed");
        CountsRight = Find(index, "counts.right");
        CountsWrong = Find(index, "counts.wrong");
        CountsHelp = Find(index, "counts.help");
        QuizProgress = index.FindTemplate("quiz.progress");
        QuizScore = index.FindTemplate("quiz.score");
        PageProgress = index.FindTemplate("lesson.progress");
    }

    /// <summary>The label of role 0 (child), 1 (parent or carer) or 2 (teacher).</summary>
    public int Role(int audience)
    {
        return audience == 0 ? RoleChild : audience == 1 ? RoleParent : RoleTeacher;
    }

    /// <summary>The label of age band 1 (under 9), 2 (9-12) or 3 (13-17).</summary>
    public int Age(int band)
    {
        return band == 1 ? AgeUnder9 : band == 2 ? Age9To12 : Age13To17;
    }

    /// <summary>The name of a usage event (in <c>UsageEvent</c> order) on the counts page.</summary>
    public int CountsEvent(int usageEvent)
    {
        switch (usageEvent)
        {
            case 0:
                return CountsOpened;
            case 1:
                return CountsCompleted;
            case 2:
                return CountsRight;
            case 3:
                return CountsWrong;
            default:
                return CountsHelp;
        }
    }

    private static int Find(ContentIndex index, string id)
    {
        int block;
        return index.TryGetLabel(id, out block) ? block : -1;
    }
}
