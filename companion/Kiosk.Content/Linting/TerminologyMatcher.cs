using System.Text.RegularExpressions;

namespace Kiosk.Content;

/// <summary>
/// Finds avoided terms case-insensitively, as whole words with an optional plural ending, across
/// line breaks and hyphens. Terms in scripts without spaces between words match as plain substrings.
/// </summary>
internal sealed class TerminologyMatcher
{
    private readonly List<(TerminologyRule Rule, Regex Pattern)> _rules;

    public TerminologyMatcher(IEnumerable<TerminologyRule> rules) =>
        _rules = rules.Select(r => (r, Build(r.Avoid))).ToList();

    private static Regex Build(string avoid)
    {
        var words = avoid.Split([' ', '\t', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var body = string.Join(@"[\s\-]+", words);
        var spaced = avoid.Any(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '\u00C0' and <= '\u024F');
        var pattern = spaced ? $@"(?<![\p{{L}}\p{{M}}\p{{N}}]){body}(?:e?s)?(?![\p{{L}}\p{{M}}\p{{N}}])" : body;
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>Rules broken by a text in a language. English rules apply everywhere: English terms turn up in other languages too.</summary>
    public IEnumerable<TerminologyRule> Find(string text, string language) =>
        _rules.Where(r => (r.Rule.Language == language || r.Rule.Language == Curriculum.SourceLanguage || r.Rule.Language == "*")
                          && r.Pattern.IsMatch(text))
              .Select(r => r.Rule);
}
