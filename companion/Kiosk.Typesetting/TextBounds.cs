namespace Kiosk.Typesetting;

/// <summary>An axis-aligned rectangle in pixels, y growing downwards, relative to the text box.</summary>
public readonly record struct TextBounds(float Left, float Top, float Right, float Bottom)
{
    public static readonly TextBounds Empty = new(0, 0, 0, 0);

    public float Width => Right - Left;

    public float Height => Bottom - Top;

    public bool IsEmpty => Right <= Left || Bottom <= Top;

    public TextBounds Union(TextBounds other)
    {
        if (IsEmpty)
        {
            return other;
        }
        if (other.IsEmpty)
        {
            return this;
        }
        return new TextBounds(
            MathF.Min(Left, other.Left), MathF.Min(Top, other.Top),
            MathF.Max(Right, other.Right), MathF.Max(Bottom, other.Bottom));
    }

    public TextBounds Offset(float dx, float dy) => new(Left + dx, Top + dy, Right + dx, Bottom + dy);
}
