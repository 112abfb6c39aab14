using Kiosk.Protocol;
using Kiosk.Protocol.Content;

namespace Kiosk.Firmware.Rendering;

/// <summary>
/// Atlas entries expanded to BGR565 for one colour pair, kept in a preallocated pool so drawing
/// a glyph is one Array.Copy per row. Each cached glyph is stored as its rows' ink spans: one
/// word per row (start in the high byte, length in the low byte) followed by the span pixels.
/// The pool is a ring: a new glyph goes after the last one and evicts the oldest it overlaps, so
/// there is no fragmentation and no allocation after construction. Eviction is first-in
/// first-out rather than least-recently-used; strips are drawn top to bottom, so the glyphs a
/// strip needs are the ones loaded last, and FIFO keeps them.
/// </summary>
public sealed class GlyphCache : IGlyphRunSink
{
    private const int Buckets = 256;

    private GlyphAtlasReader _atlas;
    private readonly RenderCounters _counters;
    private readonly BlendTable _blend = new BlendTable();
    private readonly GlyphEntry _entry = new GlyphEntry();
    private readonly byte[] _runs = new byte[ContentFormat.MaxGlyphBytes];
    private readonly ushort[] _pool;

    // Records, a ring in insertion order: _first is the oldest, _count are live.
    private readonly long[] _keys;
    private readonly int[] _offsets;
    private readonly int[] _geometry;
    private readonly int[] _next;
    private readonly int[] _heads = new int[Buckets];
    private int _first;
    private int _count;
    private int _cursor;

    // Expansion state while an entry is decoded into the pool.
    private int _write;
    private int _spanWords;
    private int _row;
    private int _x;
    private int _spanStart;
    private int _rowStart;
    private int _pendingBackground;

    /// <param name="poolBytes">Bytes of expanded glyphs kept; at least enough for the largest entry.</param>
    public GlyphCache(GlyphAtlasReader atlas, int poolBytes, RenderCounters counters)
    {
        int pixels = poolBytes / 2;
        if (pixels < ContentFormat.MaxGlyphPixels + ContentFormat.MaxGlyphSide)
        {
            throw new System.ArgumentOutOfRangeException("poolBytes");
        }

        _atlas = atlas;
        _counters = counters;
        _pool = new ushort[pixels];
        // About one record per 48 pool pixels: an 18 px cluster expands to 60-120 pixels.
        int records = pixels / 48;
        _keys = new long[records];
        _offsets = new int[records];
        _geometry = new int[records];
        _next = new int[records];
        Clear();
    }

    /// <summary>
    /// Draws from another atlas from now on (the renderer moved to another language's bundle).
    /// Entry ids mean nothing across atlases, so every cached glyph is dropped.
    /// </summary>
    public void Bind(GlyphAtlasReader atlas)
    {
        if (atlas != _atlas)
        {
            _atlas = atlas;
            Clear();
        }
    }

    /// <summary>The pool the offsets of <see cref="Find"/> point into.</summary>
    public ushort[] Pool
    {
        get { return _pool; }
    }

    public void Clear()
    {
        for (int i = 0; i < Buckets; i++)
        {
            _heads[i] = -1;
        }

        _first = 0;
        _count = 0;
        _cursor = 0;
    }

    /// <summary>
    /// The cached record of an entry drawn in a colour pair, expanding it first when missing.
    /// Read its placement with <see cref="Offset"/>, <see cref="Left"/>, <see cref="Top"/>,
    /// <see cref="Width"/> and <see cref="Height"/>; the record stays valid until the next call.
    /// </summary>
    public int Find(int entryId, int foreground, int background)
    {
        long key = (long)(uint)entryId | ((long)(uint)foreground << 16) | ((long)(uint)background << 32);
        int bucket = Hash(key);
        for (int r = _heads[bucket]; r >= 0; r = _next[r])
        {
            if (_keys[r] == key)
            {
                _counters.GlyphHits++;
                return r;
            }
        }

        _counters.GlyphMisses++;
        return Load(entryId, foreground, background, key, bucket);
    }

    public int Offset(int record)
    {
        return _offsets[record];
    }

    public int Width(int record)
    {
        return _geometry[record] & 0xFF;
    }

    public int Height(int record)
    {
        return (_geometry[record] >> 8) & 0xFF;
    }

    public int Left(int record)
    {
        return (sbyte)(_geometry[record] >> 16);
    }

    public int Top(int record)
    {
        return (sbyte)(_geometry[record] >> 24);
    }

    void IGlyphRunSink.BeginRow(int row)
    {
        _row = row;
        _x = 0;
        _spanStart = -1;
        _rowStart = _write;
        _pendingBackground = 0;
    }

    void IGlyphRunSink.Background(int count)
    {
        if (_spanStart >= 0)
        {
            _pendingBackground += count;
        }

        _x += count;
    }

    void IGlyphRunSink.Solid(int count)
    {
        StartInk();
        BulkFill.Fill(_pool, _write, count, _blend.Colours[15]);
        _write += count;
        _x += count;
    }

    void IGlyphRunSink.Partial(byte[] packed, int offset, int count)
    {
        StartInk();
        ushort[] colours = _blend.Colours;
        for (int i = 0; i < count; i++)
        {
            int level = (packed[offset + (i >> 1)] >> ((i & 1) == 0 ? 4 : 0)) & 0x0F;
            _pool[_write + i] = colours[level];
        }

        _counters.SinglePixels += count;
        _write += count;
        _x += count;
    }

    void IGlyphRunSink.EndRow()
    {
        int length = _write - _rowStart;
        _pool[_spanWords + _row] = (ushort)(_spanStart < 0 ? 0 : (_spanStart << 8) | length);
    }

    private void StartInk()
    {
        if (_spanStart < 0)
        {
            _spanStart = _x;
        }
        else if (_pendingBackground > 0)
        {
            // A gap inside the row (between two stems) is background the glyph owns.
            BulkFill.Fill(_pool, _write, _pendingBackground, _blend.Colours[0]);
            _write += _pendingBackground;
        }

        _pendingBackground = 0;
    }

    private int Load(int entryId, int foreground, int background, long key, int bucket)
    {
        _atlas.ReadEntry(entryId, _entry);
        if (_entry.Width * _entry.Height > ContentFormat.MaxGlyphPixels)
        {
            throw new ProtocolDecodeException(DecodeError.TooLarge, "Glyph entry " + entryId + " is larger than any valid cluster.");
        }

        _atlas.ReadRuns(_entry, _runs);
        int worst = _entry.Height + (_entry.Width * _entry.Height);
        int offset = Reserve(worst);
        _blend.Prepare(foreground, background);
        _spanWords = offset;
        _write = offset + _entry.Height;
        GlyphRunDecoder.Decode(_entry, _runs, this);

        int record = (_first + _count) % _keys.Length;
        _keys[record] = key;
        _offsets[record] = offset;
        _geometry[record] = _entry.Width | (_entry.Height << 8) | ((_entry.Left & 0xFF) << 16) | ((_entry.Top & 0xFF) << 24);
        _next[record] = _heads[bucket];
        _heads[bucket] = record;
        _count++;
        _cursor = _write;
        return record;
    }

    // Makes room for `length` words at the ring cursor and returns where they start. Records are
    // in pool order from the oldest, so the ones in the way are always at the front of the ring.
    private int Reserve(int length)
    {
        if (_cursor + length > _pool.Length)
        {
            while (_count > 0 && _offsets[_first] >= _cursor)
            {
                EvictOldest();
            }

            _cursor = 0;
        }

        while (_count > 0 && (_count == _keys.Length || (_offsets[_first] >= _cursor && _offsets[_first] < _cursor + length)))
        {
            EvictOldest();
        }

        return _cursor;
    }

    private void EvictOldest()
    {
        int record = _first;
        int bucket = Hash(_keys[record]);
        if (_heads[bucket] == record)
        {
            _heads[bucket] = _next[record];
        }
        else
        {
            int r = _heads[bucket];
            while (_next[r] != record)
            {
                r = _next[r];
            }

            _next[r] = _next[record];
        }

        _first = (_first + 1) % _keys.Length;
        _count--;
    }

    private static int Hash(long key)
    {
        int mixed = (int)(key ^ (key >> 16) ^ (key >> 29));
        return (mixed ^ (mixed >> 8)) & (Buckets - 1);
    }
}
