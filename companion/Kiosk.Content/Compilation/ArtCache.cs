using System.Collections.Concurrent;
using Kiosk.Content.Packaging;

namespace Kiosk.Content.Compilation;

/// <summary>
/// Illustrations rasterised and quantised once per file, size and background, shared by every
/// bundle built in parallel (each language of a profile shows the same pictures).
/// </summary>
public sealed class ArtCache
{
    /// <summary>Flat art with its anti-aliased edges fits 16 colours, which packs 4 bits a pixel.</summary>
    public const int MaxColours = 16;

    private readonly ConcurrentDictionary<(string Path, int Width, int Height, ushort Background), Lazy<IndexedImage>> _images = new();

    public int Count => _images.Count;

    public IndexedImage Get(string path, int width, int height, ushort background) =>
        _images.GetOrAdd((path, width, height, background), key => new Lazy<IndexedImage>(() => Render(key.Path, key.Width, key.Height, key.Background))).Value;

    private static IndexedImage Render(string path, int width, int height, ushort background)
    {
        using var bitmap = SvgArt.Render(File.ReadAllText(path), width, height, Bgr565.ToColor(background));
        return PaletteQuantizer.Quantize(bitmap, MaxColours);
    }
}
