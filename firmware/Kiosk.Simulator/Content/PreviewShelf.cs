using System.Diagnostics;
using Kiosk.Content;
using Kiosk.Content.Compilation;
using Kiosk.Signing;
using Kiosk.Typesetting;

namespace Kiosk.Simulator.Content;

/// <summary>
/// Compiles the repository's curriculum with the curriculum compiler (demo deployment) into a
/// <see cref="BundleShelf"/>, for a simulator started without --bundles and for tests.
/// </summary>
public static class PreviewShelf
{
    /// <summary>Signed bundles for the languages and profiles asked for (all when null).</summary>
    public static BundleShelf Build(ProgramKey key, IReadOnlyList<string>? languages, IReadOnlyList<string>? profiles, TextWriter log)
    {
        string root = RepositoryRoot();
        var clock = Stopwatch.StartNew();
        var curriculum = CurriculumLoader.Load(Path.Combine(root, "companion", "curriculum"));
        using var fonts = FontSet.LoadDefault();
        var compiler = new CurriculumCompiler(curriculum, fonts, CurriculumCompiler.LoadProfiles(Path.Combine(root, "hardware", "profiles")), DeploymentOptions.Demo);
        var bundles = compiler.CompileAll(key, 1, compiler.Targets(languages, profiles));
        log.WriteLine($"Compiled {bundles.Count} bundles ({bundles.Sum(b => b.Bytes.Length) / 1024} KB) in {clock.Elapsed.TotalSeconds:F1} s.");
        return new BundleShelf(bundles.Select(b => b.Bytes));
    }

    /// <summary>The checkout the simulator runs from: the first folder up holding Kiosk.sln.</summary>
    public static string RepositoryRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Kiosk.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("Kiosk.sln not found above the simulator; pass --bundles.");
    }
}
