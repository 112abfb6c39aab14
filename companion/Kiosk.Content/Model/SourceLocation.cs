namespace Kiosk.Content;

/// <summary>Where an element was written: file relative to the curriculum root, 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
