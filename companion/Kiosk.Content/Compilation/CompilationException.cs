namespace Kiosk.Content.Compilation;

/// <summary>The build stopped: each diagnostic names the source file and line to fix.</summary>
public sealed class CompilationException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"The content build failed with {diagnostics.Count} error(s); first: {diagnostics.FirstOrDefault()}")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
