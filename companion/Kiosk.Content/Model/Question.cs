namespace Kiosk.Content;

/// <summary>A quiz question. Exactly one choice is correct; <see cref="Answers"/> keeps every id the source named so the linter can report mistakes.</summary>
public sealed class Question
{
    public required string Id { get; init; }
    public required SourceMessage Text { get; init; }
    public required IReadOnlyList<Choice> Choices { get; init; }
    public required IReadOnlyList<string> Answers { get; init; }
    public required SourceLocation Location { get; init; }
    public SourceLocation AnswerLocation { get; init; }

    /// <summary>The correct choice, or null when the source names none, several, or a missing one.</summary>
    public Choice? CorrectChoice =>
        Answers.Count == 1 ? Choices.FirstOrDefault(c => c.Id == Answers[0]) : null;
}
