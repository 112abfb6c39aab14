namespace Kiosk.Content;

/// <summary>The questions at the end of a lesson.</summary>
public sealed class Quiz
{
    public required IReadOnlyList<Question> Questions { get; init; }
    public required SourceLocation Location { get; init; }
}
