using Kiosk.Content.Packaging;
using Kiosk.Protocol.Content;
using Kiosk.Typesetting;

namespace Kiosk.Content.Compilation;

/// <summary>
/// Builds the screens of one bundle: fits text into the boxes of <see cref="ScreenLayout"/>,
/// splits long bodies over continuation pages, mirrors right-to-left pages and counts the bytes
/// each addition costs. Without a writer it only measures, which is how the fit check runs.
/// </summary>
internal sealed class PageComposer
{
    private readonly TextLayout _layout;
    private readonly ContentBundleWriter? _writer;
    private readonly ArtCache _art;
    private readonly List<Diagnostic> _diagnostics;
    private readonly string _where;
    private readonly Action<LaidOutText>? _observer;
    private readonly Dictionary<(string, int, int), int> _imageIds = [];
    private int _pages;
    private int _glyphsCounted;

    public PageComposer(TextLayout layout, ScreenLayout screen, ContentBundleWriter? writer, ArtCache art, string language, bool rightToLeft, ContentTheme theme, List<Diagnostic> diagnostics, Action<LaidOutText>? observer)
    {
        _observer = observer;
        _layout = layout;
        Screen = screen;
        _writer = writer;
        _art = art;
        Language = language;
        RightToLeft = rightToLeft;
        Theme = theme;
        _diagnostics = diagnostics;
        _where = $"[{language} {screen.Profile.Id}]";
    }

    public ScreenLayout Screen { get; }

    public string Language { get; }

    public bool RightToLeft { get; }

    public ContentTheme Theme { get; }

    /// <summary>Bytes added to the pages, text, images and glyphs sections so far.</summary>
    public int Bytes { get; private set; }

    public int PageCount => _pages;

    /// <summary>
    /// Lays text out in the first style that fits the box; when none does, reports KC051 at the
    /// text's source and returns the last attempt, so composition can go on collecting findings.
    /// </summary>
    public LaidOutText Fit(TextSource source, IReadOnlyList<TextStyle> styles, int width, int height, string what)
    {
        LaidOutText? laid = null;
        foreach (var style in styles)
        {
            laid = _layout.Layout(source.Text, source.Language, style, width, height);
            if (!laid.Overflow)
            {
                return laid;
            }
        }
        Report(DiagnosticSeverity.Error, source, $"{what} does not fit its {width}x{height} px box");
        return laid!;
    }

    /// <summary>True when the text fits the box in one of the styles (no finding is reported).</summary>
    public bool Fits(TextSource source, IReadOnlyList<TextStyle> styles, int width, int height) =>
        width > 0 && height > 0 && styles.Any(style => !_layout.Layout(source.Text, source.Language, style, width, height).Overflow);

    /// <summary>The same layout in a box cut down to the height its lines use.</summary>
    public LaidOutText Tight(LaidOutText laid)
    {
        if (laid.Lines.Count == 0)
        {
            return laid;
        }
        var last = laid.Lines[^1];
        int height = Math.Min(laid.BoxHeight, (int)MathF.Ceiling(last.Top + last.Height) + 1);
        var tight = _layout.Layout(laid.Text, laid.Language, laid.Style, laid.BoxWidth, height);
        return tight.Overflow == laid.Overflow && tight.Lines.Count == laid.Lines.Count ? tight : laid;
    }

    /// <summary>Encodes a block in a colour pair and returns its id (0 when only measuring).</summary>
    public int Block(LaidOutText laid, int foreground, int background)
    {
        _observer?.Invoke(laid);
        if (_writer is null)
        {
            return 0;
        }
        var block = _writer.Text.Encode(laid, (ushort)foreground, (ushort)background);
        int before = _writer.Text.Count;
        int id = _writer.Text.Add(block);
        if (id == before)
        {
            Bytes += block.Record.Length + 4;
        }
        return id;
    }

    public void Report(DiagnosticSeverity severity, TextSource source, string message) =>
        _diagnostics.Add(new Diagnostic(severity, LintCode.TextDoesNotFit, $"{_where} {message}", source.Location.File, source.Location.Line, source.Location.Column));

    /// <summary>An item at (x, y) of a page of the content width, mirrored for right-to-left.</summary>
    public int X(int x, int width) => RightToLeft ? Screen.Width - x - width : x;

    public int AddPage(int height, IReadOnlyList<PageItem> items)
    {
        _pages++;
        Bytes += ContentFormat.PageHeaderSize + 4 + items.Sum(item => item switch
        {
            RectItem => ContentFormat.RectItemSize,
            ImageItem => ContentFormat.ImageItemSize,
            _ => ContentFormat.TextItemSize,
        });
        return _writer?.Pages.Add(new ContentPage(Screen.Width, height, (ushort)Theme.PageBackground, items)) ?? _pages - 1;
    }

    /// <summary>
    /// A titled text that may run over several screens: the first screen has the title and the
    /// illustration beside the body, continuation screens carry body text across the full width.
    /// Returns the page ids in reading order.
    /// </summary>
    public List<int> TextPages(TextSource? title, TextSource body, string? artPath, string what)
    {
        var screen = Screen;
        int m = screen.Margin;
        var pages = new List<int>();
        var items = new List<PageItem>();
        int top = m;
        if (title is not null)
        {
            var laidTitle = Tight(Fit(title, [screen.Title], screen.Width - (2 * m), screen.TitleMaxHeight, $"{what} title"));
            items.Add(new TextItem(X(m, laidTitle.BoxWidth), m, Block(laidTitle, Theme.Text, Theme.PageBackground)));
            top = m + laidTitle.BoxHeight + (m / 2);
        }
        string remaining = body.Text;
        while (true)
        {
            int bodyWidth = screen.Width - (2 * m);
            int bodyHeight = screen.Height - top - m;
            if (pages.Count == 0 && artPath is not null)
            {
                int artWidth = screen.ArtWidth;
                int artHeight = Math.Min(artWidth * 3 / 4, bodyHeight);
                bodyWidth -= artWidth + m;
                items.Add(new ImageItem(X(screen.Width - m - artWidth, artWidth), top, Image(artPath, artWidth, artHeight)));
            }
            var laid = _layout.Layout(remaining, body.Language, screen.Body, bodyWidth, bodyHeight);
            if (laid.Lines.Count == 0)
            {
                Report(DiagnosticSeverity.Error, body, $"{what} body: not even one line fits a {bodyWidth}x{bodyHeight} px box");
                pages.Add(AddPage(screen.Height, items));
                break;
            }
            items.Add(new TextItem(X(m, bodyWidth), top, Block(laid, Theme.Text, Theme.PageBackground)));
            pages.Add(AddPage(screen.Height, items));
            remaining = laid.Overflow ? remaining[laid.FittedLength..].TrimStart() : "";
            if (remaining.Length == 0)
            {
                break;
            }
            items = [];
            top = m;
        }
        if (pages.Count > ScreenLayout.MaxScreensPerPage)
        {
            // A translation may run long and still ship; English is ours to shorten.
            var severity = body.IsTranslation ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
            Report(severity, body, $"{what} body needs {pages.Count} screens; at most {ScreenLayout.MaxScreensPerPage} fit a page");
        }
        return pages;
    }

    /// <summary>Bytes of the glyph entries added since the last call (glyphs are charged to their first user).</summary>
    public int TakeGlyphBytes()
    {
        if (_writer is null)
        {
            return 0;
        }
        int bytes = 0;
        for (; _glyphsCounted < _writer.Atlas.Count; _glyphsCounted++)
        {
            bytes += GlyphRunEncoder.Encode(_writer.Atlas[_glyphsCounted]).Length + ContentFormat.GlyphRecordSize;
        }
        Bytes += bytes;
        return bytes;
    }

    private int Image(string path, int width, int height)
    {
        if (_writer is null)
        {
            return 0;
        }
        if (!_imageIds.TryGetValue((path, width, height), out int id))
        {
            var image = _art.Get(path, width, height, (ushort)Theme.PageBackground);
            id = _writer.Images.Add(image);
            _imageIds.Add((path, width, height), id);
            Bytes += ImageEncoder.Encode(image).Length + 4;
        }
        return id;
    }
}
