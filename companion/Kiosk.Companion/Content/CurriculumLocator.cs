using Kiosk.Content;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Content;

/// <summary>
/// Finds the built-in curriculum and the display profiles: configured paths, else
/// companion/curriculum and hardware/profiles in the nearest checkout above the working folder or
/// the program's folder, so `dotnet run` works from anywhere in the repository.
/// </summary>
public sealed class CurriculumLocator(IOptions<ContentOptions> options)
{
    public string? CurriculumRoot => options.Value.CurriculumPath ?? FindAbove(Path.Combine("companion", "curriculum"), CurriculumLoader.LanguagesFile);

    public string? ProfilesRoot => options.Value.ProfilesPath
        ?? (CurriculumRoot is { } curriculum && Directory.Exists(Path.Combine(curriculum, "..", "..", "hardware", "profiles"))
            ? Path.GetFullPath(Path.Combine(curriculum, "..", "..", "hardware", "profiles"))
            : null);

    private static string? FindAbove(string relative, string marker)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relative);
                if (File.Exists(Path.Combine(candidate, marker)))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
