using Kiosk.Content.Packaging;
using Kiosk.Protocol.Content;

namespace Kiosk.Pages.Tests;

/// <summary>The glyph atlas: what the compiler renders is what the device decodes.</summary>
public sealed class AtlasTests
{
    [Fact]
    public void Every_entry_decodes_to_the_coverage_the_compiler_rendered()
    {
        var atlas = new AtlasBuilder();
        var text = new TextBlockEncoder(atlas);
        foreach (var (language, _, body, _) in SampleText.Pages)
        {
            text.Add(TestContent.Layout.Layout(body, language, new Kiosk.Typesetting.TextStyle(18), 200, 200), 0x0000, 0xFFFF);
            text.Add(TestContent.Layout.Layout(body, language, new Kiosk.Typesetting.TextStyle(26, Kiosk.Typesetting.FontWeight.Bold), 300, 300), 0xFFFF, 0x0000);
        }
        var reader = new GlyphAtlasReader(new ByteArraySection(atlas.ToSection()));
        Assert.Equal(atlas.Count, reader.Count);
        Assert.True(atlas.Count > 200, $"only {atlas.Count} clusters");
        var entry = new GlyphEntry();
        var runs = new byte[ContentFormat.MaxGlyphBytes];
        int partial = 0;
        for (int id = 0; id < atlas.Count; id++)
        {
            var cluster = atlas[id];
            reader.ReadEntry(id, entry);
            Assert.Equal((cluster.Width, cluster.Height, cluster.Left, cluster.Top), (entry.Width, entry.Height, entry.Left, entry.Top));
            reader.ReadRuns(entry, runs);
            var sink = new CoverageSink(entry.Width, entry.Height);
            GlyphRunDecoder.Decode(entry, runs, sink);
            Assert.Equal(cluster.Coverage, sink.Coverage);
            partial += cluster.Coverage.Count(level => level is > 0 and < 15);
        }
        Assert.True(partial > 0);
    }

    [Fact]
    public void Clusters_are_stored_once_per_face_size_and_colour()
    {
        var atlas = new AtlasBuilder();
        var text = new TextBlockEncoder(atlas);
        var style = new Kiosk.Typesetting.TextStyle(18);
        var first = text.Encode(TestContent.Layout.Layout("banana", "en", style, 200, 40), 0, 0xFFFF);
        int afterFirst = atlas.Count;
        text.Encode(TestContent.Layout.Layout("nab", "en", style, 200, 40), 0, 0xFFFF);
        Assert.Equal(afterFirst, atlas.Count);
        Assert.Equal(3, afterFirst);
        Assert.Equal(6, first.Placements.Count);
        text.Encode(TestContent.Layout.Layout("nab", "en", style, 200, 40), 0xFFFF, 0);
        Assert.Equal(6, atlas.Count);
    }

    [Fact]
    public void Thai_marks_stay_in_their_base_cluster()
    {
        var atlas = new AtlasBuilder();
        var text = new TextBlockEncoder(atlas);
        // ผู้ is one cluster: the base, a below vowel and a tone mark above.
        var block = text.Encode(TestContent.Layout.Layout("ผู้", "th", new Kiosk.Typesetting.TextStyle(18), 100, 60), 0, 0xFFFF);
        Assert.Single(block.Placements);
        var cluster = atlas[block.Placements[0].Entry];
        Assert.True(cluster.Height > 18, $"height {cluster.Height}: marks above and below the base belong to the entry");
    }
}
