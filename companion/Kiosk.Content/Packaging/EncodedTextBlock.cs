using Kiosk.Typesetting;

namespace Kiosk.Content.Packaging;

/// <summary>
/// A paragraph encoded for the <c>text</c> section: its placements, the snapped layout they
/// reproduce (for previews and tests), and the record bytes.
/// </summary>
public sealed record EncodedTextBlock(
    int Width,
    int Height,
    ushort Foreground,
    ushort Background,
    int Advance,
    IReadOnlyList<GlyphPlacement> Placements,
    LaidOutText Snapped,
    byte[] Record);
