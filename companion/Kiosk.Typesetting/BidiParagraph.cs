using Icu;

namespace Kiosk.Typesetting;

/// <summary>
/// UAX #9 through ICU's ubidi: embedding levels for the paragraph, and the visual order of the
/// level runs of one line (rules L1-L2 applied by ICU per line).
/// </summary>
internal sealed class BidiParagraph : IDisposable
{
    private readonly BiDi bidi = new();

    public BidiParagraph(string text, TextDirection direction)
    {
        IcuRuntime.EnsureLoaded();
        bidi.SetPara(text, direction == TextDirection.RightToLeft ? (byte)1 : (byte)0, null);
        Levels = bidi.GetLevels().ToArray();
    }

    /// <summary>Resolved embedding level of every UTF-16 code unit.</summary>
    public byte[] Levels { get; }

    /// <summary>Runs of one line [start, limit) in visual order, left to right, as logical ranges.</summary>
    public IReadOnlyList<(int Start, int Length, bool RightToLeft)> VisualRuns(int start, int limit)
    {
        var runs = new List<(int, int, bool)>();
        if (limit <= start)
        {
            return runs;
        }
        using var line = bidi.SetLine(start, limit);
        int count = line.CountRuns();
        for (int i = 0; i < count; i++)
        {
            var direction = line.GetVisualRun(i, out int logicalStart, out int length);
            runs.Add((start + logicalStart, length, direction == BiDi.BiDiDirection.RTL));
        }
        return runs;
    }

    public void Dispose() => bidi.Dispose();
}
