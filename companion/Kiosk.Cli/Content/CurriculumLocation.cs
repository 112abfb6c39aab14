using System.CommandLine;

namespace Kiosk.Cli.Content;

/// <summary>
/// Where the curriculum sources are: --curriculum, else $KIOSK_CURRICULUM, else the nearest
/// companion/curriculum above the working folder (so the tool works anywhere in a checkout).
/// </summary>
internal static class CurriculumLocation
{
    public static Option<string?> CreateOption() => new("--curriculum", "-c")
    {
        Description = "The curriculum folder (holding languages.yaml). Default: $KIOSK_CURRICULUM or companion/curriculum in this checkout.",
    };

    public static string? Resolve(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return given;
        }
        var fromEnvironment = Environment.GetEnvironmentVariable("KIOSK_CURRICULUM");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "companion", "curriculum");
            if (File.Exists(Path.Combine(candidate, Kiosk.Content.CurriculumLoader.LanguagesFile)))
            {
                return candidate;
            }
        }
        return null;
    }
}
