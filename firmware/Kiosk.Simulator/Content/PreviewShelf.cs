using System.Diagnostics;
using Kiosk.Content;
using Kiosk.Content.Packaging;
using Kiosk.Signing;
using Kiosk.Typesetting;
using ContentModule = Kiosk.Content.Module;

namespace Kiosk.Simulator.Content;

/// <summary>Builds a <see cref="BundleShelf"/> of preview bundles from the repository's curriculum.</summary>
public static class PreviewShelf
{
    public static readonly string[] DefaultProfiles = ["320x240", "480x320"];

    /// <summary>Signed bundles for every language and profile asked for (all modules unless filtered).</summary>
    public static BundleShelf Build(ProgramKey key, IReadOnlyList<string>? languages, IReadOnlyList<string>? profiles, Func<ContentModule, bool>? includeModule, TextWriter log)
    {
        string root = RepositoryRoot();
        var clock = Stopwatch.StartNew();
        var curriculum = CurriculumLoader.Load(Path.Combine(root, "companion", "curriculum"));
        using var fonts = FontSet.LoadDefault();
        var builder = new PreviewBundleBuilder(curriculum, new TextLayout(fonts));
        var files = new List<byte[]>();
        foreach (string profileId in profiles ?? DefaultProfiles)
        {
            var profile = DisplayProfile.Load(Path.Combine(root, "hardware", "profiles", profileId + ".json"));
            foreach (string language in languages ?? curriculum.Languages.Select(l => l.Code))
            {
                files.Add(builder.Build(language, profile, includeModule ?? (_ => true), key, 1));
            }
        }
        log.WriteLine($"Built {files.Count} preview bundles ({files.Sum(f => f.Length) / 1024} KB) in {clock.Elapsed.TotalSeconds:F1} s.");
        return new BundleShelf(files);
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
