namespace Kiosk.Content;

/// <summary>One finding, always tied to a file (relative to the curriculum root) and a 1-based line.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, string File, int Line, int Column)
{
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}
