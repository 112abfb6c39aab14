namespace Kiosk.Content;

/// <summary>The teaching content of a module: pages to read, then a quiz.</summary>
public sealed class Lesson
{
    public required SourceMessage Title { get; init; }
    public SourceMessage? Summary { get; init; }
    public required IReadOnlyList<Page> Pages { get; init; }
    public required Quiz Quiz { get; init; }
    public required SourceLocation Location { get; init; }
}
