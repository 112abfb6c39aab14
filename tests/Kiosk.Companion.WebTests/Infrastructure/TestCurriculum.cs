namespace Kiosk.Companion.WebTests.Infrastructure;

/// <summary>
/// A small curriculum folder in the source layout (modules/{audience}/{folder}/lesson.yaml). One
/// title carries markup and a script, which the pages must show as text.
/// </summary>
public static class TestCurriculum
{
    public const string MarkupTitle = "<b>Bold</b> & <script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">";

    public const string MarkupModule = "age9to12.markup";

    public static readonly IReadOnlyList<(string Audience, string Folder, string Title)> Modules =
    [
        ("under9", "right-to-play", "You have the right to play online"),
        ("under9", "screen-time", "How long on the screen?"),
        ("age9to12", "private-eye", "Private eye: what to keep to yourself"),
        ("age9to12", "markup", MarkupTitle),
        ("age13to17", "say-no", "You can always say no"),
        ("parents", "talk-and-listen", "Talk and listen"),
    ];

    public static string Write(string folder)
    {
        var root = Path.Combine(folder, "curriculum");
        var order = 1;
        foreach (var (audience, module, title) in Modules)
        {
            var moduleFolder = Directory.CreateDirectory(Path.Combine(root, "modules", audience, module)).FullName;
            var quoted = "\"" + title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            File.WriteAllText(Path.Combine(moduleFolder, "lesson.yaml"), $"title: {(title.Contains('"', StringComparison.Ordinal) ? "'" + title + "'" : quoted)}\norder: {order++}\npages: []\n");
        }
        return root;
    }
}
