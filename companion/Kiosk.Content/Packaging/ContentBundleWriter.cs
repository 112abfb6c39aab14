using Kiosk.Protocol.Content;
using Kiosk.Signing;
using Kiosk.Typesetting;

namespace Kiosk.Content.Packaging;

/// <summary>
/// Assembles one content bundle (one language, one display profile): the compiler adds text
/// blocks, images and pages through the encoders here, fills <see cref="Index"/>, then calls
/// <see cref="AddSectionsTo"/>. Sections are written in a fixed order and every id follows the
/// order of the compiler's calls, so the same curriculum gives byte-identical bundles.
/// </summary>
public sealed class ContentBundleWriter
{
    public ContentBundleWriter(DisplayProfile profile, string language, bool rightToLeft, ContentTheme theme)
    {
        Profile = profile;
        Atlas = new AtlasBuilder();
        Text = new TextBlockEncoder(Atlas);
        Index = new ContentIndex
        {
            Language = language,
            RightToLeft = rightToLeft,
            Display = profile.ToGeometry(),
            Theme = theme,
            LabelIds = [],
            LabelBlocks = [],
            Modules = [],
            Templates = [],
            DigitEntries = new int[ContentIndex.DigitCount],
            DigitAdvances = new int[ContentIndex.DigitCount],
        };
    }

    public DisplayProfile Profile { get; }

    public AtlasBuilder Atlas { get; }

    public TextBlockEncoder Text { get; }

    public ImageEncoder Images { get; } = new();

    public PageWriter Pages { get; } = new();

    /// <summary>The index to fill: modules, labels, help page, language name, templates.</summary>
    public ContentIndex Index { get; }

    /// <summary>
    /// Puts the language's ten digits (e.g. "๐๑๒๓๔๕๖๗๘๙") in the atlas, shaped one by one, so
    /// the kiosk can write numbers it only knows at run time. Their coverage is rendered for the
    /// style's colour; the kiosk may blend them for any colour pair.
    /// </summary>
    public void AddDigits(TextLayout layout, string digits, TextStyle style)
    {
        if (digits.EnumerateRunes().Count() != ContentIndex.DigitCount)
        {
            throw new ArgumentException("Ten digits are needed.", nameof(digits));
        }
        int d = 0;
        foreach (var rune in digits.EnumerateRunes())
        {
            int box = (int)MathF.Ceiling(style.FontSizePx * 4);
            var laidOut = LayoutSnapper.Snap(layout.Layout(rune.ToString(), Index.Language, style with { Alignment = TextAlignment.Start }, box, box));
            var line = laidOut.Lines.Single();
            var run = line.Runs.Single();
            var clusters = LayoutSnapper.Clusters(run).ToList();
            if (clusters.Count != 1)
            {
                throw new InvalidOperationException($"The digit {rune} shapes to {clusters.Count} clusters.");
            }
            int entry = Atlas.Add(run, clusters[0].Start, clusters[0].Count, line.Baseline, Bgr565.FromArgb(style.Color));
            if (entry < 0)
            {
                throw new InvalidOperationException($"The digit {rune} has no ink.");
            }
            // The entry is placed relative to its pen origin, which the layout may have moved in.
            var cluster = Atlas[entry];
            Index.DigitEntries[d] = entry;
            Index.DigitAdvances[d] = Math.Max(1, (int)MathF.Round(run.Advances.Sum()));
            if (cluster.Left + cluster.Width > Index.DigitAdvances[d] + ContentFormat.MaxGlyphSide)
            {
                throw new InvalidOperationException($"The digit {rune} is wider than the atlas allows.");
            }
            d++;
        }
    }

    /// <summary>Adds the five content sections to a bundle being built.</summary>
    public BundleBuilder AddSectionsTo(BundleBuilder builder)
    {
        builder.AddSection(ContentFormat.IndexSection, IndexWriter.Write(Index, Pages.Count, Text.Count, Atlas.Count));
        builder.AddSection(ContentFormat.PagesSection, Pages.ToSection());
        builder.AddSection(ContentFormat.TextSection, Text.ToSection());
        builder.AddSection(ContentFormat.GlyphsSection, Atlas.ToSection());
        builder.AddSection(ContentFormat.ImagesSection, Images.ToSection());
        return builder;
    }

    /// <summary>Section name to bytes, for size figures and for tests that skip signing.</summary>
    public IReadOnlyDictionary<string, byte[]> Sections() => new Dictionary<string, byte[]>
    {
        [ContentFormat.IndexSection] = IndexWriter.Write(Index, Pages.Count, Text.Count, Atlas.Count),
        [ContentFormat.PagesSection] = Pages.ToSection(),
        [ContentFormat.TextSection] = Text.ToSection(),
        [ContentFormat.GlyphsSection] = Atlas.ToSection(),
        [ContentFormat.ImagesSection] = Images.ToSection(),
    };
}
