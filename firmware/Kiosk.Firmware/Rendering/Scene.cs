using System;
using Kiosk.Protocol.Content;

namespace Kiosk.Firmware.Rendering;

/// <summary>
/// What one screen shows, in painting order: a page from the bundle plus the overlays the UI
/// adds (chrome bars, buttons, labels, numbers), all in screen coordinates. Items live in
/// preallocated arrays; building a scene reads only small headers and allocates nothing.
/// <code>
/// scene.Clear();
/// scene.AddRect(0, 0, 320, 240, theme.PageBackground);
/// scene.AddPage(pageId, display.Content.X, display.Content.Y);
/// scene.AddText(nextLabelBlock, 250, 214);
/// scene.AddNumber(2, 150, 228, theme.BarText, theme.BarBackground);
/// renderer.Render(scene);
/// </code>
/// </summary>
public sealed class Scene
{
    public const int DefaultCapacity = 64;

    private readonly PageDrawList _page = new PageDrawList();
    private readonly TextBlock _block = new TextBlock();
    private readonly TextSegment _segment = new TextSegment();
    private readonly RunLengthImage _image = new RunLengthImage();
    private readonly GlyphEntry _entry = new GlyphEntry();

    private readonly SceneItemKind[] _kind;
    private readonly int[] _originX;
    private readonly int[] _originY;
    private readonly int[] _boxX;
    private readonly int[] _boxY;
    private readonly int[] _boxWidth;
    private readonly int[] _boxHeight;
    private readonly int[] _value;
    private readonly int[] _foreground;
    private readonly int[] _background;
    private ContentBundle _content;
    private int _digitTop;
    private int _digitBottom;
    private int _digitLeft;
    private int _digitRight;

    public Scene(ContentBundle content)
        : this(content, DefaultCapacity)
    {
    }

    public Scene(ContentBundle content, int capacity)
        : this(capacity)
    {
        if (content == null)
        {
            throw new ArgumentNullException("content");
        }

        Bind(content);
    }

    /// <summary>A scene bound to no bundle yet; call <see cref="Bind"/> before adding items.</summary>
    public Scene(int capacity)
    {
        _kind = new SceneItemKind[capacity];
        _originX = new int[capacity];
        _originY = new int[capacity];
        _boxX = new int[capacity];
        _boxY = new int[capacity];
        _boxWidth = new int[capacity];
        _boxHeight = new int[capacity];
        _value = new int[capacity];
        _foreground = new int[capacity];
        _background = new int[capacity];
    }

    public int Count { get; private set; }

    /// <summary>
    /// Composes from another bundle (another language) from now on and empties the scene, whose
    /// ids belonged to the old one. Binding the bundle already bound only empties it.
    /// </summary>
    public void Bind(ContentBundle content)
    {
        if (content == null)
        {
            throw new ArgumentNullException("content");
        }

        Count = 0;
        if (content == _content)
        {
            return;
        }

        _content = content;

        // Digit extents, for the boxes of run-time numbers.
        _digitTop = int.MaxValue;
        _digitBottom = int.MinValue;
        _digitLeft = 0;
        _digitRight = 0;
        int[] digits = content.Index.DigitEntries;
        for (int i = 0; i < digits.Length; i++)
        {
            content.Glyphs.ReadEntry(digits[i], _entry);
            // nanoFramework's mscorlib has no System.Math.
            int bottom = _entry.Top + _entry.Height;
            int overhang = _entry.Left + _entry.Width - content.Index.DigitAdvances[i];
            _digitTop = _entry.Top < _digitTop ? _entry.Top : _digitTop;
            _digitBottom = bottom > _digitBottom ? bottom : _digitBottom;
            _digitLeft = _entry.Left < _digitLeft ? _entry.Left : _digitLeft;
            _digitRight = overhang > _digitRight ? overhang : _digitRight;
        }
    }

    public ContentBundle Content
    {
        get { return _content; }
    }

    public void Clear()
    {
        Count = 0;
    }

    public void AddRect(int x, int y, int width, int height, int colour)
    {
        int i = Add(SceneItemKind.Rect, x, y, x, y, width, height);
        _value[i] = colour;
    }

    public void AddImage(int imageId, int x, int y)
    {
        _content.Images.ReadImage(imageId, _image);
        int i = Add(SceneItemKind.Image, x, y, x, y, _image.Width, _image.Height);
        _value[i] = imageId;
    }

    /// <summary>Adds a text block with its box's top-left corner at (x, y).</summary>
    public void AddText(int blockId, int x, int y)
    {
        _content.Text.ReadBlock(blockId, _block);
        int i = Add(SceneItemKind.Text, x, y, x, y, _block.Width, _block.Height);
        _value[i] = blockId;
    }

    /// <summary>
    /// Adds a page's background and draw list with the page's top-left corner at (x, y), normally
    /// the profile's content area.
    /// </summary>
    public void AddPage(int pageId, int x, int y)
    {
        _content.Pages.ReadPage(pageId, _page);
        AddRect(x, y, _page.Width, _page.Height, _page.Background);
        for (int i = 0; i < _page.Count; i++)
        {
            int itemX = x + _page.X[i];
            int itemY = y + _page.Y[i];
            if (_page.Kind[i] == ContentFormat.ItemRect)
            {
                AddRect(itemX, itemY, _page.ItemWidth[i], _page.ItemHeight[i], _page.Value[i]);
            }
            else if (_page.Kind[i] == ContentFormat.ItemImage)
            {
                AddImage(_page.Value[i], itemX, itemY);
            }
            else
            {
                AddText(_page.Value[i], itemX, itemY);
            }
        }
    }

    /// <summary>
    /// Adds a non-negative number written left to right with the bundle's digits, pen starting
    /// at (x, baseline), blended for the colour pair given.
    /// </summary>
    public void AddNumber(int value, int x, int baseline, int foreground, int background)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException("value");
        }

        int width = MeasureNumber(value);
        int i = Add(SceneItemKind.Number, x, baseline, x + _digitLeft, baseline + _digitTop,
            width - _digitLeft + _digitRight, _digitBottom - _digitTop);
        _value[i] = value;
        _foreground[i] = foreground;
        _background[i] = background;
    }

    /// <summary>Pen advance of a number, so the UI can centre or right-align it.</summary>
    public int MeasureNumber(int value)
    {
        int[] advances = _content.Index.DigitAdvances;
        int width = 0;
        do
        {
            width += advances[value % 10];
            value /= 10;
        }
        while (value > 0);
        return width;
    }

    /// <summary>
    /// Adds a UI string with numbers ("Question {n} of {total}") with its first text block's
    /// top-left corner at (x, y); <paramref name="first"/> and <paramref name="second"/> fill
    /// number slots 0 and 1. Returns the total advance.
    /// </summary>
    public int AddTemplate(NumberTemplate template, int x, int y, int first, int second)
    {
        int pen = x;
        int baseline = y;
        int foreground = 0;
        int background = 0;
        for (int s = 0; s < template.Kinds.Length; s++)
        {
            if (template.Kinds[s] != NumberTemplate.SegmentText)
            {
                continue;
            }

            _content.Text.ReadBlock(template.Values[s], _block);
            foreground = _block.Foreground;
            background = _block.Background;
            if (_block.SegmentCount > 0)
            {
                _content.Text.ReadSegment(_block, 0, _block.FirstSegment, _segment);
                baseline = y + _segment.BaselineY;
            }

            break;
        }

        for (int s = 0; s < template.Kinds.Length; s++)
        {
            if (template.Kinds[s] == NumberTemplate.SegmentText)
            {
                AddText(template.Values[s], pen, y);
                pen += _block.Advance;
            }
            else
            {
                int value = template.Values[s] == 0 ? first : second;
                AddNumber(value, pen, baseline, foreground, background);
                pen += MeasureNumber(value);
            }
        }

        return pen - x;
    }

    internal SceneItemKind Kind(int i)
    {
        return _kind[i];
    }

    internal int OriginX(int i)
    {
        return _originX[i];
    }

    internal int OriginY(int i)
    {
        return _originY[i];
    }

    internal int Value(int i)
    {
        return _value[i];
    }

    internal int Foreground(int i)
    {
        return _foreground[i];
    }

    internal int Background(int i)
    {
        return _background[i];
    }

    internal int BoxWidth(int i)
    {
        return _boxWidth[i];
    }

    internal int BoxHeight(int i)
    {
        return _boxHeight[i];
    }

    /// <summary>True when item i's box overlaps the rectangle.</summary>
    internal bool Intersects(int i, int x, int y, int width, int height)
    {
        return _boxX[i] < x + width && x < _boxX[i] + _boxWidth[i]
            && _boxY[i] < y + height && y < _boxY[i] + _boxHeight[i];
    }

    private int Add(SceneItemKind kind, int originX, int originY, int boxX, int boxY, int width, int height)
    {
        if (Count == _kind.Length)
        {
            throw new InvalidOperationException("The scene is full.");
        }

        int i = Count++;
        _kind[i] = kind;
        _originX[i] = originX;
        _originY[i] = originY;
        _boxX[i] = boxX;
        _boxY[i] = boxY;
        _boxWidth[i] = width;
        _boxHeight[i] = height;
        return i;
    }
}
