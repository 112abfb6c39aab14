using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Kiosk.Typesetting;

/// <summary>Shapes part of an item with HarfBuzz, giving it the whole paragraph as context.</summary>
internal static class Shaper
{
    public static ShapedGlyphs Shape(string text, TextItem item, int start, int length, Language language)
    {
        using var buffer = new Buffer();
        // The paragraph around the range is context only: Arabic joining and mark attachment see
        // their neighbours, but glyphs come only for [start, start + length).
        buffer.AddUtf16(text, start, length);
        buffer.Direction = item.IsRightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.Script = Script.Parse(item.Script);
        buffer.Language = language;
        buffer.ClusterLevel = ClusterLevel.MonotoneGraphemes;
        item.Face.Shaping.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        int count = infos.Length;
        var glyphs = new uint[count];
        var clusters = new int[count];
        var xAdvances = new int[count];
        var xOffsets = new int[count];
        var yOffsets = new int[count];
        for (int i = 0; i < count; i++)
        {
            glyphs[i] = infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            xAdvances[i] = positions[i].XAdvance;
            xOffsets[i] = positions[i].XOffset;
            yOffsets[i] = positions[i].YOffset;
        }
        return new ShapedGlyphs(item, start, length, glyphs, clusters, xAdvances, xOffsets, yOffsets);
    }
}
