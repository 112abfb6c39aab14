using System.Runtime.InteropServices;

namespace Kiosk.Typesetting;

/// <summary>
/// UAX #9 through ICU's ubidi: embedding levels for the paragraph, and the visual order of the
/// level runs of one line (ICU applies rules L1 and L2 per line).
/// </summary>
internal sealed class BidiParagraph : IDisposable
{
    private readonly IcuBidiNative.Functions icu = IcuBidiNative.Api;
    private readonly IntPtr paragraph;
    private readonly IntPtr line;
    // ubidi reads the text again in ubidi_setLine, so the copy lives as long as this object.
    private readonly IntPtr nativeText;

    public BidiParagraph(string text, TextDirection direction)
    {
        nativeText = Marshal.StringToHGlobalUni(text);
        paragraph = icu.Open();
        line = icu.Open();
        int error = 0;
        icu.SetPara(paragraph, nativeText, text.Length, direction == TextDirection.RightToLeft ? (byte)1 : (byte)0, IntPtr.Zero, ref error);
        IcuBidiNative.Check(error, "ubidi_setPara");
        Levels = new byte[text.Length];
        if (text.Length > 0)
        {
            var levels = icu.GetLevels(paragraph, ref error);
            IcuBidiNative.Check(error, "ubidi_getLevels");
            Marshal.Copy(levels, Levels, 0, text.Length);
        }
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
        int error = 0;
        icu.SetLine(paragraph, start, limit, line, ref error);
        IcuBidiNative.Check(error, "ubidi_setLine");
        int count = icu.CountRuns(line, ref error);
        IcuBidiNative.Check(error, "ubidi_countRuns");
        for (int i = 0; i < count; i++)
        {
            int direction = icu.GetVisualRun(line, i, out int logicalStart, out int length);
            runs.Add((start + logicalStart, length, direction == 1));
        }
        return runs;
    }

    public void Dispose()
    {
        // The line object refers to the paragraph object, so it goes first.
        icu.Close(line);
        icu.Close(paragraph);
        Marshal.FreeHGlobal(nativeText);
    }
}
