namespace Kiosk.Content.Tests;

/// <summary>Finds the shipped curriculum from the test's output folder.</summary>
internal static class CurriculumPaths
{
    public static string ShippedRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kiosk.sln")))
                directory = directory.Parent;
            return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Kiosk.sln not found above the test output"), "companion", "curriculum");
        }
    }
}
