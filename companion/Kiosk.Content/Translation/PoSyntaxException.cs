namespace Kiosk.Content;

/// <summary>A PO file could not be read; <see cref="Line"/> is 1-based.</summary>
public sealed class PoSyntaxException(string message, string file, int line)
    : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Reason { get; } = message;
}
