using System.CommandLine;

namespace Kiosk.Cli.Content;

/// <summary>
/// Where the display profiles are: --profiles, else $KIOSK_PROFILES, else the nearest
/// hardware/profiles above the curriculum, the working folder or the tool itself.
/// </summary>
internal static class ProfileLocation
{
    public static Option<string?> CreateOption() => new("--profiles")
    {
        Description = "Folder of display profiles (*.json). Default: $KIOSK_PROFILES or hardware/profiles in this checkout.",
    };

    public static string? Resolve(string? given, string curriculumRoot)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return Directory.Exists(given) ? given : null;
        }
        var fromEnvironment = Environment.GetEnvironmentVariable("KIOSK_PROFILES");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }
        foreach (var start in new[] { curriculumRoot, Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "hardware", "profiles");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.json").Any())
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
