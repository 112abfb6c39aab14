namespace Kiosk.Protocol.Content;

/// <summary>
/// Receives a glyph entry's coverage runs row by row from <see cref="GlyphRunDecoder"/>. Runs
/// never cross a row; a row's runs plus the implied background after its last run span the width.
/// </summary>
public interface IGlyphRunSink
{
    void BeginRow(int row);

    /// <summary>Pixels with no coverage: the background shows.</summary>
    void Background(int count);

    /// <summary>Pixels fully covered: the foreground colour.</summary>
    void Solid(int count);

    /// <summary>
    /// Pixels of partial coverage, 4 bits each (0..15), packed high nibble first from
    /// <paramref name="offset"/> in <paramref name="packed"/>.
    /// </summary>
    void Partial(byte[] packed, int offset, int count);

    void EndRow();
}
