namespace Kiosk.Firmware.Rendering;

/// <summary>
/// What a render cost the interpreter: pixels written one at a time in managed code (glyph
/// expansion of partial coverage, literal image runs) against pixels moved by native bulk
/// operations (Array.Copy, doubling fills). Benchmarks and tests read these instead of timing.
/// </summary>
public sealed class RenderCounters
{
    public long SinglePixels;
    public long BulkPixels;
    public int GlyphHits;
    public int GlyphMisses;
    public int Strips;

    public void Reset()
    {
        SinglePixels = 0;
        BulkPixels = 0;
        GlyphHits = 0;
        GlyphMisses = 0;
        Strips = 0;
    }
}
