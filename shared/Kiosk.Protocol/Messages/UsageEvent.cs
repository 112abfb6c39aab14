namespace Kiosk.Protocol.Messages;

/// <summary>What a usage counter counts.</summary>
public enum UsageEvent
{
    LessonOpened = 0,
    LessonCompleted = 1,
    QuizRight = 2,
    QuizWrong = 3,
    HelpShown = 4
}
