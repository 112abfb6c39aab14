namespace Kiosk.Content;

/// <summary>One screen of a lesson (or of the help screen): a title, a few short sentences, an optional picture.</summary>
public sealed class Page
{
    public required string Id { get; init; }
    public required SourceMessage Title { get; init; }
    public required SourceMessage Body { get; init; }

    /// <summary>Illustration file name relative to the module folder, if the page has one.</summary>
    public string? Art { get; init; }
    public SourceLocation ArtLocation { get; init; }
    public required SourceLocation Location { get; init; }
}
