namespace Kiosk.Typesetting;

/// <summary>How a paragraph should look.</summary>
/// <param name="FontSizePx">Em size in pixels.</param>
/// <param name="Weight">Regular or bold face of each script's family.</param>
/// <param name="Color">Text colour as 0xAARRGGBB.</param>
/// <param name="LineHeight">Line pitch as a multiple of the em size; a line grows beyond it when
/// its glyphs (stacked Thai marks, Devanagari matras) need more room.</param>
/// <param name="Alignment">Start (follows the paragraph direction) or centre.</param>
public sealed record TextStyle(
    float FontSizePx,
    FontWeight Weight = FontWeight.Regular,
    uint Color = 0xFF000000,
    float LineHeight = 1.5f,
    TextAlignment Alignment = TextAlignment.Start);
