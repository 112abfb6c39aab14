using Kiosk.Content.Packaging;
using Kiosk.Typesetting;
using SkiaSharp;

namespace Kiosk.Pages.Tests;

/// <summary>
/// What a screen should look like, drawn by Skia straight from the layout and the illustration's
/// own raster (before palette quantisation): the yardstick the device frame is compared with.
/// Colours pass through BGR565 first, so the comparison measures the format, not the panel depth.
/// </summary>
internal sealed class ReferenceDrawing
{
    private readonly List<Action<SKCanvas>> _steps = [];

    /// <summary>Screen rectangles something was drawn in; everything else must stay background.</summary>
    public List<SKRectI> Boxes { get; } = [];

    public void Rect(int x, int y, int width, int height, ushort colour)
    {
        Boxes.Add(SKRectI.Create(x, y, width, height));
        Background(x, y, width, height, colour);
    }

    /// <summary>A fill that is the background of the area (a page, a bar), not a box of its own.</summary>
    public void Background(int x, int y, int width, int height, ushort colour)
    {
        _steps.Add(canvas =>
        {
            using var paint = new SKPaint { Color = Bgr565.ToColor(colour) };
            canvas.DrawRect(SKRect.Create(x, y, width, height), paint);
        });
    }

    public void Image(int x, int y, SKBitmap art)
    {
        Boxes.Add(SKRectI.Create(x, y, art.Width, art.Height));
        _steps.Add(canvas => canvas.DrawBitmap(art, x, y, SKSamplingOptions.Default, null));
    }

    public void Text(int x, int y, EncodedTextBlock block)
    {
        Boxes.Add(SKRectI.Create(x, y, block.Width, block.Height));
        var text = block.Snapped with { Style = block.Snapped.Style with { Color = (uint)Bgr565.ToColor(block.Foreground) } };
        _steps.Add(canvas => TextRasterizer.Draw(canvas, text, x, y));
    }

    /// <summary>Glyphs already laid out by someone else (digits composed at run time).</summary>
    public void Glyphs(LaidOutText text, float x, float y, ushort foreground)
    {
        var coloured = text with { Style = text.Style with { Color = (uint)Bgr565.ToColor(foreground) } };
        _steps.Add(canvas => TextRasterizer.Draw(canvas, coloured, x, y));
    }

    public SKBitmap Draw(int width, int height, ushort background)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(Bgr565.ToColor(background));
        foreach (var step in _steps)
        {
            step(canvas);
        }
        return bitmap;
    }
}
