namespace Kiosk.Content.Compilation;

/// <summary>
/// Text as a bundle shows it, with the place a person would fix it (the PO entry for a
/// translation, the YAML line for English or an English fallback) and the language it is
/// written in: an English fallback in an Arabic bundle is set left to right, as English.
/// </summary>
public sealed record TextSource(string Text, SourceLocation Location, bool IsTranslation, string Language);
