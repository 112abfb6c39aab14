using System;
using Kiosk.Firmware.Platform;
using Kiosk.Protocol.Content;

namespace Kiosk.Firmware.Rendering;

/// <summary>
/// Draws a <see cref="Scene"/> a strip of rows at a time into one preallocated BGR565 buffer and
/// hands each strip to the display. Text is copied from the glyph cache a row span at a time,
/// rects and image fills are bulk fills, and only partial-coverage glyph pixels (once per glyph
/// and colour pair) and literal image runs are written pixel by pixel. Everything is allocated
/// in the constructor; rendering allocates nothing. One renderer serves every installed
/// language: <see cref="Bind"/> moves it to another bundle, so the strip and the glyph pool are
/// paid once, not once per language.
/// </summary>
public sealed class StripRenderer
{
    public const int DefaultGlyphCacheBytes = 16 * 1024;

    private const int DigitBufferLength = 10;

    private readonly IDisplay _display;
    private ContentBundle _content;
    private readonly GlyphCache _glyphs;
    private readonly ushort[] _strip;
    private readonly byte[] _placements = new byte[ContentFormat.MaxPlacementsPerSegment * ContentFormat.PlacementSize];
    private readonly byte[] _row = new byte[2 * ContentFormat.MaxImageSide];
    private readonly ushort[] _palette = new ushort[ContentFormat.MaxPaletteSize];
    private readonly int[] _digits = new int[DigitBufferLength];
    private readonly TextBlock _block = new TextBlock();
    private readonly TextSegment _segment = new TextSegment();
    private readonly RunLengthImage _image = new RunLengthImage();
    private int _paletteImage = -1;

    // The strip being drawn, in screen coordinates.
    private int _left;
    private int _top;
    private int _width;
    private int _rows;

    public StripRenderer(IDisplay display, ContentBundle content, int stripHeight, int glyphCacheBytes)
        : this(display, stripHeight, glyphCacheBytes)
    {
        if (content == null)
        {
            throw new ArgumentNullException("content");
        }

        Bind(content);
    }

    /// <summary>A renderer bound to no bundle yet; call <see cref="Bind"/> before rendering.</summary>
    public StripRenderer(IDisplay display, int stripHeight, int glyphCacheBytes)
    {
        if (display == null)
        {
            throw new ArgumentNullException("display");
        }

        if (stripHeight < 1 || stripHeight > display.Height)
        {
            throw new ArgumentOutOfRangeException("stripHeight");
        }

        _display = display;
        Counters = new RenderCounters();
        _glyphs = new GlyphCache(null, glyphCacheBytes, Counters);
        _strip = new ushort[display.Width * stripHeight];
        StripHeight = stripHeight;
    }

    public int StripHeight { get; private set; }

    public RenderCounters Counters { get; private set; }

    /// <summary>The bundle drawn from; null until bound.</summary>
    public ContentBundle Content
    {
        get { return _content; }
    }

    /// <summary>
    /// Draws from another bundle (another language) from now on. The glyph cache holds the old
    /// atlas's glyphs, so it is dropped; binding the bundle already bound keeps it.
    /// </summary>
    public void Bind(ContentBundle content)
    {
        if (content == null)
        {
            throw new ArgumentNullException("content");
        }

        if (content == _content)
        {
            return;
        }

        _content = content;
        _paletteImage = -1;
        _glyphs.Bind(content.Glyphs);
    }

    /// <summary>Draws the whole screen.</summary>
    public void Render(Scene scene)
    {
        Render(scene, 0, 0, _display.Width, _display.Height);
    }

    /// <summary>
    /// Redraws only a rectangle (a pressed button, a changed number); the result equals a full
    /// render inside it. The rectangle is clipped to the screen.
    /// </summary>
    public void Render(Scene scene, int x, int y, int width, int height)
    {
        if (scene.Content != _content)
        {
            // Entry, block and image ids only mean something in the bundle they came from.
            throw new InvalidOperationException("The scene and the renderer are bound to different bundles.");
        }

        int right = x + width < _display.Width ? x + width : _display.Width;
        int bottom = y + height < _display.Height ? y + height : _display.Height;
        x = x > 0 ? x : 0;
        y = y > 0 ? y : 0;
        if (right <= x || bottom <= y)
        {
            return;
        }

        _left = x;
        _width = right - x;

        // A narrow rectangle gets more rows per strip from the same buffer.
        int rowsPerStrip = _strip.Length / _width;
        for (_top = y; _top < bottom; _top += rowsPerStrip)
        {
            _rows = bottom - _top < rowsPerStrip ? bottom - _top : rowsPerStrip;
            for (int i = 0; i < scene.Count; i++)
            {
                if (scene.Intersects(i, _left, _top, _width, _rows))
                {
                    DrawItem(scene, i);
                }
            }

            _display.Write(_left, _top, _width, _rows, _strip);
            Counters.Strips++;
        }
    }

    /// <summary>Forgets cached glyphs, e.g. after the theme colours changed.</summary>
    public void ClearGlyphCache()
    {
        _glyphs.Clear();
    }

    private void DrawItem(Scene scene, int i)
    {
        switch (scene.Kind(i))
        {
            case SceneItemKind.Rect:
                FillRect(scene.OriginX(i), scene.OriginY(i), scene, i);
                break;
            case SceneItemKind.Image:
                DrawImage(scene.Value(i), scene.OriginX(i), scene.OriginY(i));
                break;
            case SceneItemKind.Text:
                DrawText(scene.Value(i), scene.OriginX(i), scene.OriginY(i));
                break;
            default:
                DrawNumber(scene.Value(i), scene.OriginX(i), scene.OriginY(i), scene.Foreground(i), scene.Background(i));
                break;
        }
    }

    private void FillRect(int x, int y, Scene scene, int i)
    {
        // The scene only asks for items whose box meets the strip; clip to the strip.
        int boxRight = x + scene.BoxWidth(i);
        int boxBottom = y + scene.BoxHeight(i);
        int from = x > _left ? x : _left;
        int to = boxRight < _left + _width ? boxRight : _left + _width;
        int first = y > _top ? y : _top;
        int last = boxBottom < _top + _rows ? boxBottom : _top + _rows;
        if (to <= from || last <= first)
        {
            return;
        }

        int count = to - from;
        int start = ((first - _top) * _width) + (from - _left);
        BulkFill.Fill(_strip, start, count, (ushort)scene.Value(i));
        for (int row = first + 1; row < last; row++)
        {
            Array.Copy(_strip, start, _strip, start + ((row - first) * _width), count);
        }

        Counters.BulkPixels += count * (last - first);
    }

    private void DrawImage(int imageId, int x, int y)
    {
        _content.Images.ReadImage(imageId, _image);
        if (_paletteImage != imageId)
        {
            _content.Images.ReadPalette(_image, _palette);
            _paletteImage = imageId;
        }

        int first = y > _top ? y : _top;
        int last = y + _image.Height < _top + _rows ? y + _image.Height : _top + _rows;
        int clipLeft = _left - x > 0 ? _left - x : 0;
        int clipRight = _left + _width - x < _image.Width ? _left + _width - x : _image.Width;
        if (clipRight <= clipLeft)
        {
            return;
        }

        for (int row = first; row < last; row++)
        {
            int length = _content.Images.ReadRow(_image, row - y, _row);
            int rowStart = ((row - _top) * _width) + (x - _left);
            int single = ImageRowDecoder.Decode(_image, _row, length, _palette, _strip, rowStart, clipLeft, clipRight);
            Counters.SinglePixels += single;
            Counters.BulkPixels += clipRight - clipLeft - single;
        }
    }

    private void DrawText(int blockId, int x, int y)
    {
        _content.Text.ReadBlock(blockId, _block);
        int position = _block.FirstSegment;
        for (int s = 0; s < _block.SegmentCount; s++)
        {
            _content.Text.ReadSegment(_block, s, position, _segment);
            position = _segment.Next;
            int inkTop = y + _segment.InkTop;
            if (inkTop >= _top + _rows || inkTop + _segment.InkHeight <= _top)
            {
                continue;
            }

            _content.Text.ReadPlacements(_segment, _placements);
            int pen = x + _segment.OriginX;
            int baseline = y + _segment.BaselineY;
            for (int p = 0; p < _segment.Count; p++)
            {
                int at = p * ContentFormat.PlacementSize;
                int entry = _placements[at] | (_placements[at + 1] << 8);
                pen += _placements[at + 2];
                DrawGlyph(entry, pen, baseline, _block.Foreground, _block.Background);
            }
        }
    }

    private void DrawNumber(int value, int x, int baseline, int foreground, int background)
    {
        int count = 0;
        do
        {
            _digits[count++] = value % 10;
            value /= 10;
        }
        while (value > 0);

        int pen = x;
        int[] entries = _content.Index.DigitEntries;
        int[] advances = _content.Index.DigitAdvances;
        for (int d = count - 1; d >= 0; d--)
        {
            DrawGlyph(entries[_digits[d]], pen, baseline, foreground, background);
            pen += advances[_digits[d]];
        }
    }

    // Copies the cached glyph's row spans that fall in the strip. Rows outside the strip are
    // skipped by summing their span lengths; no pixel outside a span is touched.
    private void DrawGlyph(int entry, int penX, int baseline, int foreground, int background)
    {
        int record = _glyphs.Find(entry, foreground, background);
        int glyphX = penX + _glyphs.Left(record);
        int glyphY = baseline + _glyphs.Top(record);
        int height = _glyphs.Height(record);
        if (glyphY >= _top + _rows || glyphY + height <= _top || glyphX >= _left + _width || glyphX + _glyphs.Width(record) <= _left)
        {
            return;
        }

        ushort[] pool = _glyphs.Pool;
        int words = _glyphs.Offset(record);
        int pixels = words + height;
        int last = glyphY + height < _top + _rows ? height : _top + _rows - glyphY;
        for (int row = 0; row < last; row++)
        {
            int span = pool[words + row];
            int length = span & 0xFF;
            if (glyphY + row >= _top && length > 0)
            {
                int from = glyphX + (span >> 8);
                int skip = _left - from > 0 ? _left - from : 0;
                int end = from + length < _left + _width ? from + length : _left + _width;
                int count = end - from - skip;
                if (count > 0)
                {
                    Array.Copy(pool, pixels + skip, _strip, ((glyphY + row - _top) * _width) + from + skip - _left, count);
                    Counters.BulkPixels += count;
                }
            }

            pixels += length;
        }
    }
}
