using Kiosk.Typesetting;

namespace Kiosk.Content.Packaging;

/// <summary>
/// Moves every glyph cluster of a layout to a whole-pixel pen origin (its first glyph's x
/// rounded, the line's baseline rounded), keeping the glyphs' positions inside the cluster. A
/// cluster then draws the same pixels wherever it appears, so the atlas stores it once. The
/// shift is at most half a pixel; the snapped layout is what the device shows, and what tests
/// compare the device against.
/// </summary>
public static class LayoutSnapper
{
    public static LaidOutText Snap(LaidOutText text) => Shift(text, (_, _) => (0, 0));

    /// <summary>
    /// Snaps, then moves single clusters by whole pixels: <paramref name="nudge"/> gets the line
    /// index and the cluster's ordinal in the line (visual order) and returns the extra shift.
    /// </summary>
    internal static LaidOutText Shift(LaidOutText text, Func<int, int, (int X, int Y)> nudge)
    {
        var lines = new List<TextLine>(text.Lines.Count);
        for (int l = 0; l < text.Lines.Count; l++)
        {
            var line = text.Lines[l];
            float baseline = MathF.Round(line.Baseline);
            int ordinal = 0;
            var runs = new List<GlyphRun>(line.Runs.Count);
            foreach (var run in line.Runs)
            {
                var x = new float[run.X.Length];
                var y = new float[run.Y.Length];
                foreach (var (start, count) in Clusters(run))
                {
                    var (dx, dy) = nudge(l, ordinal++);
                    float origin = MathF.Round(run.X[start]) + dx;
                    for (int g = start; g < start + count; g++)
                    {
                        x[g] = origin + (run.X[g] - run.X[start]);
                        y[g] = baseline + dy + (run.Y[g] - line.Baseline);
                    }
                }
                runs.Add(run with { X = x, Y = y });
            }
            lines.Add(line with { Baseline = baseline, Runs = runs });
        }
        return text with { Lines = lines };
    }

    /// <summary>HarfBuzz clusters of a run: consecutive glyphs sharing a cluster value (a base and its marks).</summary>
    public static IEnumerable<(int Start, int Count)> Clusters(GlyphRun run)
    {
        int start = 0;
        for (int g = 1; g <= run.GlyphIds.Length; g++)
        {
            if (g == run.GlyphIds.Length || run.Clusters[g] != run.Clusters[start])
            {
                yield return (start, g - start);
                start = g;
            }
        }
    }
}
