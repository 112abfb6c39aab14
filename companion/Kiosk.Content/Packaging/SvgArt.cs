using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;

namespace Kiosk.Content.Packaging;

/// <summary>
/// Rasterises the curriculum's illustrations (companion/curriculum/modules/*/*/art.svg) with
/// Skia. The art uses a small SVG subset, which this reads directly: rect (rx/ry), circle,
/// ellipse, line, polyline, polygon and path (any path data Skia parses), inside groups, with
/// fill, stroke, stroke-width, stroke-linecap, stroke-linejoin and opacity. Anything else
/// (transforms, gradients, text, CSS) is refused with the element's name, rather than drawn
/// wrongly. SkiaSharp has no SVG renderer of its own.
/// </summary>
public static class SvgArt
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "title", "desc" };

    /// <summary>
    /// Draws the SVG scaled to fit <paramref name="width"/> × <paramref name="height"/> (aspect
    /// kept, centred) over an opaque <paramref name="background"/>, anti-aliased.
    /// </summary>
    public static SKBitmap Render(string svgText, int width, int height, SKColor background)
    {
        var root = XDocument.Parse(svgText).Root ?? throw new FormatException("The SVG has no root element.");
        var (minX, minY, viewWidth, viewHeight) = ViewBox(root);
        float scale = MathF.Min(width / viewWidth, height / viewHeight);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(background.WithAlpha(255));
        canvas.Translate((width - (viewWidth * scale)) / 2, (height - (viewHeight * scale)) / 2);
        canvas.Scale(scale);
        canvas.Translate(-minX, -minY);
        DrawChildren(canvas, root, Style.Default);
        return bitmap;
    }

    /// <summary>The size the SVG's view box asks for, to keep its aspect ratio when choosing a box.</summary>
    public static (float Width, float Height) Size(string svgText)
    {
        var root = XDocument.Parse(svgText).Root ?? throw new FormatException("The SVG has no root element.");
        var (_, _, width, height) = ViewBox(root);
        return (width, height);
    }

    private static (float X, float Y, float Width, float Height) ViewBox(XElement root)
    {
        var viewBox = (string?)root.Attribute("viewBox");
        if (viewBox != null)
        {
            var parts = viewBox.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();
            if (parts.Length == 4 && parts[2] > 0 && parts[3] > 0)
            {
                return (parts[0], parts[1], parts[2], parts[3]);
            }
        }
        return (0, 0, Number((string?)root.Attribute("width") ?? "100"), Number((string?)root.Attribute("height") ?? "100"));
    }

    private static void DrawChildren(SKCanvas canvas, XElement parent, Style inherited)
    {
        foreach (var element in parent.Elements())
        {
            string name = element.Name.Namespace == Svg || element.Name.Namespace == XNamespace.None ? element.Name.LocalName : "";
            if (Ignored.Contains(name))
            {
                continue;
            }
            if (element.Attribute("transform") != null || element.Attribute("style") != null)
            {
                throw new NotSupportedException($"SVG <{name}>: transform and style attributes are not supported.");
            }
            var style = inherited.With(element);
            if (name == "g")
            {
                DrawChildren(canvas, element, style);
                continue;
            }
            using var path = Shape(name, element);
            Paint(canvas, path, style);
        }
    }

    private static SKPath Shape(string name, XElement element)
    {
        float A(string attribute, float fallback = 0) =>
            element.Attribute(attribute) is { } value ? Number(value.Value) : fallback;

        if (name == "path")
        {
            return SKPath.ParseSvgPathData((string?)element.Attribute("d") ?? "")
                ?? throw new FormatException("SVG <path> has path data Skia cannot parse.");
        }
        using var path = new SKPathBuilder();
        switch (name)
        {
            case "rect":
                float rx = A("rx", A("ry"));
                float ry = A("ry", rx);
                var rect = SKRect.Create(A("x"), A("y"), A("width"), A("height"));
                if (rx > 0 || ry > 0)
                {
                    path.AddRoundRect(rect, rx, ry, SKPathDirection.Clockwise);
                }
                else
                {
                    path.AddRect(rect, SKPathDirection.Clockwise);
                }
                break;
            case "circle":
                path.AddCircle(A("cx"), A("cy"), A("r"), SKPathDirection.Clockwise);
                break;
            case "ellipse":
                path.AddOval(SKRect.Create(A("cx") - A("rx"), A("cy") - A("ry"), 2 * A("rx"), 2 * A("ry")), SKPathDirection.Clockwise);
                break;
            case "line":
                path.MoveTo(A("x1"), A("y1"));
                path.LineTo(A("x2"), A("y2"));
                break;
            case "polyline":
            case "polygon":
                var numbers = ((string?)element.Attribute("points") ?? "")
                    .Split([' ', ',', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();
                var points = Enumerable.Range(0, numbers.Length / 2).Select(i => new SKPoint(numbers[2 * i], numbers[(2 * i) + 1])).ToArray();
                path.AddPoly(points, name == "polygon");
                break;
            default:
                throw new NotSupportedException($"SVG <{name}> is not supported by the art rasteriser.");
        }
        return path.Detach();
    }

    private static void Paint(SKCanvas canvas, SKPath path, Style style)
    {
        if (style.Fill is { } fill)
        {
            using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = fill.WithAlpha((byte)(fill.Alpha * style.Opacity)) };
            canvas.DrawPath(path, paint);
        }
        if (style.Stroke is { } stroke && style.StrokeWidth > 0)
        {
            using var paint = new SKPaint
            {
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                Color = stroke.WithAlpha((byte)(stroke.Alpha * style.Opacity)),
                StrokeWidth = style.StrokeWidth,
                StrokeCap = style.Cap,
                StrokeJoin = style.Join,
            };
            canvas.DrawPath(path, paint);
        }
    }

    private static float Number(string text) =>
        float.Parse(text.Trim().TrimEnd('p', 'x'), NumberStyles.Float, CultureInfo.InvariantCulture);

    private sealed record Style(SKColor? Fill, SKColor? Stroke, float StrokeWidth, SKStrokeCap Cap, SKStrokeJoin Join, float Opacity)
    {
        public static readonly Style Default = new(SKColors.Black, null, 1, SKStrokeCap.Butt, SKStrokeJoin.Miter, 1);

        public Style With(XElement element)
        {
            var style = this;
            if ((string?)element.Attribute("fill") is { } fill)
            {
                style = style with { Fill = Colour(fill) };
            }
            if ((string?)element.Attribute("stroke") is { } stroke)
            {
                style = style with { Stroke = Colour(stroke) };
            }
            if ((string?)element.Attribute("stroke-width") is { } width)
            {
                style = style with { StrokeWidth = Number(width) };
            }
            if ((string?)element.Attribute("stroke-linecap") is { } cap)
            {
                style = style with { Cap = cap switch { "round" => SKStrokeCap.Round, "square" => SKStrokeCap.Square, _ => SKStrokeCap.Butt } };
            }
            if ((string?)element.Attribute("stroke-linejoin") is { } join)
            {
                style = style with { Join = join switch { "round" => SKStrokeJoin.Round, "bevel" => SKStrokeJoin.Bevel, _ => SKStrokeJoin.Miter } };
            }
            if ((string?)element.Attribute("opacity") is { } opacity)
            {
                style = style with { Opacity = Opacity * Math.Clamp(Number(opacity), 0, 1) };
            }
            return style;
        }

        private static SKColor? Colour(string value)
        {
            value = value.Trim();
            if (value == "none")
            {
                return null;
            }
            if (value.StartsWith('#') && value.Length == 4)
            {
                value = "#" + string.Concat(value.Skip(1).Select(c => new string(c, 2)));
            }
            if (SKColor.TryParse(value, out var colour))
            {
                return colour;
            }
            return value switch
            {
                "white" => SKColors.White,
                "black" => SKColors.Black,
                _ => throw new NotSupportedException($"SVG colour '{value}' is not supported; use #rrggbb."),
            };
        }
    }
}
