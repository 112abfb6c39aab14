using System.Text.RegularExpressions;
using Kiosk.Content;
using Kiosk.Content.Packaging;
using Kiosk.Protocol.Content;
using Kiosk.Signing;
using Kiosk.Typesetting;
using SkiaSharp;
using ContentModule = Kiosk.Content.Module;

namespace Kiosk.Simulator.Content;

/// <summary>
/// Builds signed bundles straight from the curriculum sources with a plain page layout, so the
/// simulator runs and the UI tests have real lessons in every language before (or without) the
/// curriculum compiler. It follows the compiler's conventions the kiosk relies on: question pages
/// cover the content area and the bottom bar with two columns of answer buttons of the minimum
/// target height at the bottom; labels are blended on the colours the screens draw them on; bar
/// labels, module titles and language names fit their buttons. It does not split long bodies
/// over several pages: text that does not fit is cut, which the compiler would refuse.
/// </summary>
public sealed partial class PreviewBundleBuilder(Curriculum curriculum, TextLayout layout)
{
    private static readonly HashSet<string> BarLabels = ["nav.next", "nav.back", "nav.home", "nav.finish", "help.button", "quiz.tryAgain", "quiz.check", "teacher.exit", "session.restart"];
    private static readonly HashSet<string> Titles = ["language.choose", "role.ask", "age.ask", "menu.choose", "lesson.done", "teacher.pin", "teacher.wrongPin", "teacher.modules", "teacher.counts", "session.stillThere", "quiz.start"];

    private readonly Dictionary<(string, int, int), IndexedImage> _art = [];

    public Curriculum Curriculum => curriculum;

    /// <summary>The kiosk theme: dark text on white, a dark bar, an orange accent.</summary>
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

    /// <summary>Module id as bundles and usage reports carry it, e.g. "age9to12.private-eye".</summary>
    public static string ModuleId(ContentModule module) => module.Audience + "." + module.Id;

    /// <summary>Bundle ids follow the compiler: language, dash, profile ("th-320x240").</summary>
    public static string BundleId(string language, string profileId) => language + "-" + profileId;

    /// <summary>A signed bundle of <paramref name="language"/> for <paramref name="profile"/> with the modules chosen.</summary>
    public byte[] Build(string language, DisplayProfile profile, Func<ContentModule, bool> includeModule, ProgramKey key, uint version)
    {
        var writer = Compose(language, profile, includeModule);
        var builder = new BundleBuilder(BundleId(language, profile.Id), version, language, profile.Id);
        return writer.AddSectionsTo(builder).Build(key);
    }

    /// <summary>The bundle's sections, unsigned.</summary>
    public ContentBundleWriter Compose(string language, DisplayProfile profile, Func<ContentModule, bool> includeModule)
    {
        var lang = curriculum.Languages.Single(l => l.Code == language);
        var theme = Theme();
        var writer = new ContentBundleWriter(profile, language, lang.IsRightToLeft, theme);
        var page = new PageBuilder(this, writer, profile, language, lang.IsRightToLeft, theme);
        var labelIds = new List<string>();
        var labelBlocks = new List<int>();
        var templates = new List<NumberTemplate>();
        foreach (var message in curriculum.Ui.Strings)
        {
            string id = message.Key["ui/".Length..];
            string text = Localize(language, message);
            if (Placeholder().IsMatch(text))
            {
                templates.Add(page.Template(id, text, id == "quiz.score"));
                continue;
            }
            labelIds.Add(id);
            labelBlocks.Add(page.Label(id, text));
        }
        writer.Index.LabelIds = [.. labelIds];
        writer.Index.LabelBlocks = [.. labelBlocks];
        writer.Index.Templates = [.. templates];
        writer.Index.LanguageNameBlock = page.CellLabel(curriculum.Ui.LanguageNames.GetValueOrDefault(language, lang.EnglishName));
        writer.AddDigits(layout, lang.DigitCharacters, page.BarStyle);
        writer.Index.HelpPage = page.Help(HelpText(language));

        var modules = new List<ModuleRecord>();
        foreach (var module in curriculum.Modules.Where(includeModule))
        {
            modules.Add(page.Module(module));
        }
        writer.Index.Modules = [.. modules];
        return writer;
    }

    internal string Localize(string language, SourceMessage message) => curriculum.Localize(language, message).Text;

    internal TextLayout Layout => layout;

    internal IndexedImage Art(string path, int width, int height, ushort background)
    {
        if (!_art.TryGetValue((path, width, height), out var image))
        {
            using var bitmap = SvgArt.Render(File.ReadAllText(path), width, height, Bgr565.ToColor(background));
            image = PaletteQuantizer.Quantize(bitmap, 16);
            _art[(path, width, height)] = image;
        }
        return image;
    }

    private string HelpText(string language)
    {
        var help = curriculum.Help;
        var lines = new List<string> { Localize(language, help.Title) };
        foreach (var section in help.Sections)
        {
            lines.Add(Localize(language, section.Title) + ": " + Localize(language, section.Body));
        }
        return FillDeployment(string.Join("\n", lines));
    }

    /// <summary>Demonstration numbers (the European child helpline and emergency number).</summary>
    private static string FillDeployment(string text) => text
        .Replace("{helpline.name}", "116 111", StringComparison.Ordinal)
        .Replace("{helpline.number}", "116 111", StringComparison.Ordinal)
        .Replace("{hotline.name}", "INHOPE", StringComparison.Ordinal)
        .Replace("{hotline.url}", "inhope.org", StringComparison.Ordinal)
        .Replace("{emergency.number}", "112", StringComparison.Ordinal);

    [GeneratedRegex(@"\{(n|total|score)\}")]
    internal static partial Regex Placeholder();

    internal static bool IsBarLabel(string id) => BarLabels.Contains(id);

    internal static bool IsTitle(string id) => Titles.Contains(id);
}
