using HarfBuzzSharp;
using Icu;

namespace Kiosk.Typesetting;

/// <summary>
/// Where a line may end (UAX #14 through ICU's line BreakIterator for the language's locale, which
/// uses dictionaries for Thai and Khmer), where it must end (hard breaks), and where a word may be
/// cut as a last resort (grapheme-cluster boundaries).
/// </summary>
internal sealed class BreakOpportunities
{
    // ICU's UBRK_LINE_HARD range of rule status values.
    private const int HardStatus = 100;
    private const int HardStatusLimit = 200;

    private BreakOpportunities(int[] lineBreaks, bool[] hard, int[] graphemes)
    {
        LineBreaks = lineBreaks;
        IsHard = hard;
        Graphemes = graphemes;
    }

    /// <summary>Ascending positions after which a line may end; the last one is the text length.</summary>
    public int[] LineBreaks { get; }

    /// <summary>For each entry of LineBreaks: the line must end there.</summary>
    public bool[] IsHard { get; }

    /// <summary>Ascending grapheme-cluster boundaries, 0 and the text length included.</summary>
    public int[] Graphemes { get; }

    // ICU 72 (Unicode 15.0) ends a grapheme cluster after a virama or Khmer coeng, inside a
    // conjunct; cutting there would tear the conjunct apart, so such boundaries are skipped.
    private static bool EndsWithVirama(string text, int at)
    {
        var rune = ScriptItemizer.RuneAt(text, at - 1 - (char.IsLowSurrogate(text[at - 1]) && at >= 2 ? 1 : 0));
        return UnicodeFunctions.Default.GetCombiningClass(rune.Value) == UnicodeCombiningClass.Virama;
    }

    public static BreakOpportunities Find(string text, string language)
    {
        IcuRuntime.EnsureLoaded();
        var locale = new Locale(language);
        var breaks = new List<int>();
        var hard = new List<bool>();
        using (var line = BreakIterator.CreateLineInstance(locale))
        {
            line.SetText(text);
            for (int at = line.MoveNext(); at != BreakIterator.DONE; at = line.MoveNext())
            {
                int status = line.GetRuleStatus();
                breaks.Add(at);
                hard.Add(status >= HardStatus && status < HardStatusLimit);
            }
        }
        var graphemes = new List<int> { 0 };
        using (var characters = BreakIterator.CreateCharacterInstance(locale))
        {
            characters.SetText(text);
            for (int at = characters.MoveNext(); at != BreakIterator.DONE; at = characters.MoveNext())
            {
                if (at == text.Length || !EndsWithVirama(text, at))
                {
                    graphemes.Add(at);
                }
            }
        }
        return new BreakOpportunities(breaks.ToArray(), hard.ToArray(), graphemes.ToArray());
    }
}
