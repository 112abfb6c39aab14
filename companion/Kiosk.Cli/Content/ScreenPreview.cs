using Kiosk.Content.Packaging;
using Kiosk.Firmware.Rendering;
using Kiosk.Protocol.Content;
using SkiaSharp;

namespace Kiosk.Cli.Content;

/// <summary>
/// Draws a bundle's pages the way a kiosk shows them: the device's <see cref="StripRenderer"/>
/// into a memory display, with the chrome the kiosk adds (top bar with the lesson title or the
/// question progress and the help button, bottom bar with back/next and the draft notice).
/// </summary>
internal sealed class ScreenPreview
{
    private readonly ContentBundle _content;
    private readonly DisplayProfile _profile;
    private readonly PreviewDisplay _display;
    private readonly StripRenderer _renderer;
    private readonly Scene _scene;
    private readonly PageDrawList _page = new();
    private readonly TextBlock _block = new();

    public ScreenPreview(ContentBundle content, DisplayProfile profile)
    {
        _content = content;
        _profile = profile;
        _display = new PreviewDisplay(profile.Width, profile.Height);
        _renderer = new StripRenderer(_display, content, profile.StripHeight, profile.GlyphCacheBytes);
        _scene = new Scene(content);
    }

    /// <summary>A page under a top bar that shows <paramref name="titleBlock"/> or, for a question, its progress.</summary>
    public SKBitmap Render(int pageId, int titleBlock, (int Number, int Total)? question)
    {
        var theme = _content.Index.Theme;
        var top = _profile.TopBar;
        var bottom = _profile.BottomBar;
        int m = _profile.Margin;
        _content.Pages.ReadPage(pageId, _page);
        _scene.Clear();
        _scene.AddRect(0, 0, _profile.Width, _profile.Height, theme.PageBackground);
        _scene.AddRect(top.X, top.Y, top.Width, top.Height, theme.BarBackground);
        var progress = _content.Index.FindTemplate("quiz.progress");
        if (question is { } q && progress is not null)
        {
            var (width, height) = Measure(progress, q.Number, q.Total);
            _scene.AddTemplate(progress, Side(top.X + m, width), top.Y + ((top.Height - height) / 2), q.Number, q.Total);
        }
        else if (titleBlock >= 0)
        {
            AddLabel(titleBlock, top.X + m, top.Y, top.Height);
        }
        if (_content.Index.TryGetLabel("help.button", out int help))
        {
            _content.Text.ReadBlock(help, _block);
            AddLabel(help, top.X + top.Width - m - _block.Width, top.Y, top.Height);
        }
        _scene.AddPage(pageId, _profile.Content.X, _profile.Content.Y);
        // Question pages take the bottom bar's room: their answers are the way on.
        if (_page.Height <= _profile.Content.Height)
        {
            _scene.AddRect(bottom.X, bottom.Y, bottom.Width, bottom.Height, theme.BarBackground);
            if (_content.Index.TryGetLabel("nav.back", out int back))
            {
                AddLabel(back, bottom.X + m, bottom.Y, bottom.Height);
            }
            if (_content.Index.TryGetLabel("nav.next", out int next))
            {
                _content.Text.ReadBlock(next, _block);
                AddLabel(next, bottom.X + bottom.Width - m - _block.Width, bottom.Y, bottom.Height);
            }
            if (_content.Index.TryGetLabel("draft.notice", out int draft))
            {
                _content.Text.ReadBlock(draft, _block);
                _scene.AddText(draft, bottom.X + ((bottom.Width - _block.Width) / 2), bottom.Y + bottom.Height - _block.Height - 2);
            }
        }
        _renderer.Render(_scene);
        return ToBitmap();
    }

    private void AddLabel(int block, int x, int barY, int barHeight)
    {
        _content.Text.ReadBlock(block, _block);
        _scene.AddText(block, Side(x, _block.Width), barY + ((barHeight - _block.Height) / 2));
    }

    /// <summary>Mirrors chrome for right-to-left bundles, as the kiosk does.</summary>
    private int Side(int x, int width) => _content.Index.RightToLeft ? _profile.Width - x - width : x;

    private (int Width, int Height) Measure(NumberTemplate template, int first, int second)
    {
        int width = 0;
        int height = 0;
        for (int s = 0; s < template.Kinds.Length; s++)
        {
            if (template.Kinds[s] == NumberTemplate.SegmentText)
            {
                _content.Text.ReadBlock(template.Values[s], _block);
                width += _block.Advance;
                height = Math.Max(height, _block.Height);
            }
            else
            {
                width += _scene.MeasureNumber(template.Values[s] == 0 ? first : second);
            }
        }
        return (width, height);
    }

    private SKBitmap ToBitmap()
    {
        var bitmap = new SKBitmap(_profile.Width, _profile.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        for (int y = 0; y < _profile.Height; y++)
        {
            for (int x = 0; x < _profile.Width; x++)
            {
                bitmap.SetPixel(x, y, Bgr565.ToColor(_display.Frame[(y * _profile.Width) + x]));
            }
        }
        return bitmap;
    }
}
