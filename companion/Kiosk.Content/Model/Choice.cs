namespace Kiosk.Content;

/// <summary>One answer a learner can touch, with the feedback shown when they do.</summary>
public sealed class Choice
{
    public required string Id { get; init; }
    public required SourceMessage Text { get; init; }
    public SourceMessage? Feedback { get; init; }
    public required SourceLocation Location { get; init; }
}
