using Kiosk.Content.Packaging;
using Kiosk.Protocol.Content;
using Kiosk.Typesetting;

namespace Kiosk.Pages.Tests;

/// <summary>Fonts, layout, profiles and repository files shared by the tests (loading fonts once).</summary>
internal static class TestContent
{
    public static readonly FontSet Fonts = FontSet.LoadDefault();

    public static readonly TextLayout Layout = new(Fonts);

    public static readonly string RepositoryRoot = FindRoot();

    public static DisplayProfile Profile(string id) =>
        DisplayProfile.Load(Path.Combine(RepositoryRoot, "hardware", "profiles", id + ".json"));

    public static string Art(string module) =>
        File.ReadAllText(Path.Combine(RepositoryRoot, "companion", "curriculum", "modules", module, "art.svg"));

    public static IEnumerable<string> AllArtFiles() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "companion", "curriculum", "modules"), "art.svg", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    public static ContentTheme Theme() => new()
    {
        PageBackground = Bgr565.FromArgb(0xFFFFFFFF),
        Text = Bgr565.FromArgb(0xFF1A1A2E),
        BarBackground = Bgr565.FromArgb(0xFF2F3A4A),
        BarText = Bgr565.FromArgb(0xFFFFFFFF),
        Accent = Bgr565.FromArgb(0xFFF28C38),
        AccentText = Bgr565.FromArgb(0xFF1A1A2E),
        Correct = Bgr565.FromArgb(0xFF2E7D32),
        Wrong = Bgr565.FromArgb(0xFFC62828),
    };

    public static string OutputFolder(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "frames", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kiosk.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Kiosk.sln not found above the test output folder.");
    }
}
