namespace Kiosk.Content;

/// <summary>One Luxembourg Terminology Guidelines entry: a term to avoid, what to say instead, and the language it applies to ("*" for all).</summary>
public sealed record TerminologyRule(string Language, string Avoid, string Use, SourceLocation Location);
