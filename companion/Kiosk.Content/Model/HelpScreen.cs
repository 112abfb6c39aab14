namespace Kiosk.Content;

/// <summary>
/// The Get help screen. Its text carries placeholders such as <c>{helpline.number}</c> that the
/// compiler fills from deployment configuration, so no phone number is ever written in a lesson.
/// </summary>
public sealed class HelpScreen
{
    public required SourceMessage Title { get; init; }
    public required IReadOnlyList<Page> Sections { get; init; }
    public required string File { get; init; }
}
