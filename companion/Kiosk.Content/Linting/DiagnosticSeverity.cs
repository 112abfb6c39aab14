namespace Kiosk.Content;

/// <summary>Errors stop a content build; warnings (such as missing translations) are reported and the build goes on.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
