using HarfBuzzSharp;

namespace Kiosk.Typesetting;

/// <summary>
/// The repository's fonts (companion/fonts, copied next to the assembly), and the rule that picks
/// a face for a run of text: the family made for the run's script, then any family that has the
/// character (digits and Latin inside Thai or Arabic), then the Latin family.
/// </summary>
public sealed class FontSet : IDisposable
{
    // Family file stem -> the scripts it is the first choice for. Order matters for fallback:
    // the Latin family comes first so punctuation and digits without a script home land there.
    private static readonly (string Family, string[] Scripts)[] Families =
    [
        ("NotoSans", ["Latn", "Zyyy", "Zinh", "Grek", "Cyrl"]),
        ("NotoSansThaiUI", ["Thai"]),
        ("NotoSansDevanagariUI", ["Deva"]),
        ("NotoSansKhmerUI", ["Khmr"]),
        ("NotoNaskhArabicUI", ["Arab"]),
    ];

    private readonly List<(string[] Scripts, FontFace Regular, FontFace Bold)> families = [];

    private FontSet(string directory)
    {
        foreach (var (family, scripts) in Families)
        {
            var regular = Path.Combine(directory, family + "-Regular.ttf");
            var bold = Path.Combine(directory, family + "-Bold.ttf");
            if (!File.Exists(regular))
            {
                throw new FileNotFoundException($"The font {regular} is missing; see companion/fonts/README.md.", regular);
            }
            var regularFace = new FontFace(regular, family, FontWeight.Regular);
            var boldFace = File.Exists(bold) ? new FontFace(bold, family, FontWeight.Bold) : regularFace;
            families.Add((scripts, regularFace, boldFace));
        }
    }

    /// <summary>Every face loaded, regular and bold.</summary>
    public IReadOnlyList<FontFace> Faces =>
        families.SelectMany(f => new[] { f.Regular, f.Bold }).Distinct().ToList();

    /// <summary>Loads the fonts from a folder holding the files named in companion/fonts/README.md.</summary>
    public static FontSet FromDirectory(string directory) => new(directory);

    /// <summary>Loads the fonts copied beside this assembly at build time.</summary>
    public static FontSet LoadDefault() => new(Path.Combine(AppContext.BaseDirectory, "fonts"));

    /// <summary>The face for a character of the given script (ISO 15924 tag such as "Thai").</summary>
    public FontFace Pick(string scriptTag, FontWeight weight, int codepoint)
    {
        foreach (var family in families)
        {
            var face = Choose(family, weight);
            if (family.Scripts.Contains(scriptTag) && face.HasGlyph(codepoint))
            {
                return face;
            }
        }
        foreach (var family in families)
        {
            var face = Choose(family, weight);
            if (face.HasGlyph(codepoint))
            {
                return face;
            }
        }
        // Nothing covers it: the Latin face draws its .notdef box, which a reviewer will notice.
        return Choose(families[0], weight);
    }

    internal FontFace Primary(FontWeight weight) => Choose(families[0], weight);

    private static FontFace Choose((string[] Scripts, FontFace Regular, FontFace Bold) family, FontWeight weight) =>
        weight == FontWeight.Bold ? family.Bold : family.Regular;

    public void Dispose()
    {
        foreach (var face in Faces)
        {
            face.Dispose();
        }
    }
}
