namespace Kiosk.Content;

/// <summary>
/// The text to show for a message in one language. <see cref="IsDraft"/> is set for unreviewed
/// translations so the bundle can mark them; <see cref="IsFallback"/> when English is shown because
/// no current translation exists.
/// </summary>
public sealed record LocalizedText(string Key, string Text, bool IsDraft, bool IsFallback);
