using Kiosk.Protocol.Bundles;

namespace Kiosk.Protocol.Content;

/// <summary>
/// The readers of one content bundle's sections, opened together. Opening reads the index and
/// the small section headers only; pages, text, glyphs and images are read on demand.
/// </summary>
public sealed class ContentBundle
{
    public ContentBundle(IContentSection index, IContentSection pages, IContentSection text, IContentSection glyphs, IContentSection images)
    {
        Index = ContentIndexCodec.Read(index);
        Pages = new PageReader(pages);
        Text = new TextBlockReader(text);
        Glyphs = new GlyphAtlasReader(glyphs);
        Images = new ImageReader(images);
    }

    public ContentIndex Index { get; private set; }

    public PageReader Pages { get; private set; }

    public TextBlockReader Text { get; private set; }

    public GlyphAtlasReader Glyphs { get; private set; }

    public ImageReader Images { get; private set; }

    /// <summary>Opens the content sections of a verified bundle; a missing section is MissingField.</summary>
    public static ContentBundle Open(Bundle bundle)
    {
        return new ContentBundle(
            Section(bundle, ContentFormat.IndexSection),
            Section(bundle, ContentFormat.PagesSection),
            Section(bundle, ContentFormat.TextSection),
            Section(bundle, ContentFormat.GlyphsSection),
            Section(bundle, ContentFormat.ImagesSection));
    }

    private static IContentSection Section(Bundle bundle, string name)
    {
        BundleSection section = bundle.Manifest.FindSection(name);
        if (section == null)
        {
            throw new ProtocolDecodeException(DecodeError.MissingField, "The bundle has no '" + name + "' section.");
        }

        return new BundleContentSection(bundle, section);
    }
}
