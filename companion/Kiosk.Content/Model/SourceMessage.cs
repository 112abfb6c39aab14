namespace Kiosk.Content;

/// <summary>
/// One translatable English string. The key is stable across edits (it names the element, not
/// its position in the file) so translations survive reordering and rewording.
/// </summary>
public sealed record SourceMessage(string Key, string Text, SourceLocation Location, string Audience);
