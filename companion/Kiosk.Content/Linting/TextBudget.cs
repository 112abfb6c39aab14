using System.Text.RegularExpressions;

namespace Kiosk.Content;

/// <summary>
/// Word-count heuristic for whether text fits one 320x240 page. Exact fitting needs the
/// typesetter; this catches the obvious overruns while people write.
/// </summary>
public static partial class TextBudget
{
    public static int MaxWords(SourceMessage message)
    {
        var audience = Audience.Find(message.Audience) ?? Audience.SharedText;
        return IsTitle(message.Key) ? audience.MaxTitleWords : audience.MaxBodyWords;
    }

    public static bool IsTitle(string key) => key.EndsWith("title", StringComparison.Ordinal);

    /// <summary>Counts space-separated words; scripts written without spaces (Thai, Khmer) need the typesetter instead.</summary>
    public static int CountWords(string text) => Words().Count(text);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
