namespace Kiosk.Content;

/// <summary>The digit sets a language can use for numbers the kiosk composes at run time.</summary>
internal static class DigitSets
{
    private static readonly Dictionary<string, string> Sets = new()
    {
        ["latin"] = "0123456789",
        ["thai"] = "๐๑๒๓๔๕๖๗๘๙",
        ["devanagari"] = "०१२३४५६७८९",
        ["arabic-indic"] = "٠١٢٣٤٥٦٧٨٩",
        ["khmer"] = "០១២៣៤៥៦៧៨៩",
    };

    public static IEnumerable<string> Names => Sets.Keys;

    public static string? Characters(string name) => Sets.GetValueOrDefault(name);
}
