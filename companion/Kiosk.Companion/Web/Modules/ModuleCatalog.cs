using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Web.Modules;

/// <summary>
/// The modules of the curriculum sources (modules/{audience}/{folder}/lesson.yaml), read once
/// for their English title and order. Only those two top-level keys are needed, so a line scan
/// is enough; the content compiler owns the full YAML schema.
/// </summary>
public sealed class ModuleCatalog
{
    /// <summary>The audiences in the order the curriculum presents them.</summary>
    public static readonly IReadOnlyList<string> Audiences = ["under9", "age9to12", "age13to17", "parents", "teachers"];

    private readonly Lazy<IReadOnlyList<CurriculumModule>> _modules;

    public ModuleCatalog(IOptions<WebOptions> options, IHostEnvironment environment)
    {
        _modules = new Lazy<IReadOnlyList<CurriculumModule>>(() => Load(options.Value.CurriculumFolder ?? Discover(environment.ContentRootPath)));
    }

    public IReadOnlyList<CurriculumModule> All => _modules.Value;

    public CurriculumModule? Find(string id) => All.FirstOrDefault(m => m.Id == id);

    private static IReadOnlyList<CurriculumModule> Load(string? folder)
    {
        var modulesFolder = folder is null ? null : Path.Combine(folder, "modules");
        if (modulesFolder is null || !Directory.Exists(modulesFolder))
        {
            return [];
        }
        var modules = new List<CurriculumModule>();
        foreach (var audienceFolder in Directory.GetDirectories(modulesFolder))
        {
            var audience = Path.GetFileName(audienceFolder);
            foreach (var moduleFolder in Directory.GetDirectories(audienceFolder))
            {
                var lesson = Path.Combine(moduleFolder, "lesson.yaml");
                if (File.Exists(lesson))
                {
                    var (title, order) = ReadHeader(lesson);
                    var id = $"{audience}.{Path.GetFileName(moduleFolder)}";
                    modules.Add(new CurriculumModule(id, audience, title ?? id, order));
                }
            }
        }
        return modules
            .OrderBy(m => Audiences.Contains(m.Audience) ? Audiences.ToList().IndexOf(m.Audience) : Audiences.Count)
            .ThenBy(m => m.Order)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static (string? Title, int Order) ReadHeader(string path)
    {
        string? title = null;
        var order = int.MaxValue;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("title:", StringComparison.Ordinal))
            {
                title = Unquote(line["title:".Length..].Trim());
            }
            else if (line.StartsWith("order:", StringComparison.Ordinal) && int.TryParse(line["order:".Length..].Trim(), out var value))
            {
                order = value;
            }
        }
        return (title, order);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;

    // Development runs from companion/Kiosk.Companion, tests from their output folder: look up.
    private static string? Discover(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(folder.FullName, "curriculum"), Path.Combine(folder.FullName, "companion", "curriculum") })
            {
                if (Directory.Exists(Path.Combine(candidate, "modules")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
