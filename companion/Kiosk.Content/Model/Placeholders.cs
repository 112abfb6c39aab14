using System.Text.RegularExpressions;

namespace Kiosk.Content;

/// <summary>
/// The <c>{name}</c> slots text may contain. Deployment values (helpline, hotline, emergency) are
/// filled in by the compiler; run-time numbers ({n}, {total}, {score}) by the kiosk.
/// </summary>
public static partial class Placeholders
{
    public static IReadOnlyList<string> Deployment { get; } =
        ["{helpline.name}", "{helpline.number}", "{hotline.name}", "{hotline.url}", "{emergency.number}"];

    public static IReadOnlyList<string> RunTime { get; } = ["{n}", "{total}", "{score}"];

    public static bool IsKnown(string placeholder) => Deployment.Contains(placeholder) || RunTime.Contains(placeholder);

    /// <summary>Every placeholder in a text, sorted, repeats kept, so two texts can be compared.</summary>
    public static IReadOnlyList<string> In(string text) =>
        Pattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{[A-Za-z0-9_.]+\}")]
    private static partial Regex Pattern();
}
