namespace Kiosk.Cli.Tests.Content;

/// <summary>A private copy of the shipped curriculum that a test may break or change.</summary>
internal sealed class CurriculumCopy : IDisposable
{
    public CurriculumCopy()
    {
        Root = Directory.CreateTempSubdirectory("kiosk-curriculum-").FullName;
        Copy(new DirectoryInfo(ShippedRoot()), Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.GetFiles())
        {
            file.CopyTo(Path.Combine(target, file.Name));
        }
        foreach (var folder in source.GetDirectories())
        {
            Copy(folder, Path.Combine(target, folder.Name));
        }
    }

    private static string ShippedRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "companion", "curriculum");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("companion/curriculum not found above the test folder.");
    }
}
