using System.Text.Json;

namespace Kiosk.Hardware.Tests.Boards;

/// <summary>Finds hardware/boards and hardware/profiles from the test's output folder.</summary>
internal static class BoardFiles
{
    public static string HardwareFolder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder != null && !File.Exists(Path.Combine(folder.FullName, "Kiosk.sln")))
            {
                folder = folder.Parent;
            }

            Assert.NotNull(folder);
            return Path.Combine(folder!.FullName, "hardware");
        }
    }

    public static IEnumerable<string> BoardPaths() =>
        Directory.GetFiles(Path.Combine(HardwareFolder, "boards"), "*.json").OrderBy(p => p, StringComparer.Ordinal);

    public static JsonElement Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}
