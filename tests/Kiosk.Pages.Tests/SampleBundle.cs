using Kiosk.Content.Packaging;
using Kiosk.Firmware.Rendering;
using Kiosk.Protocol.Content;
using Kiosk.Signing;
using Kiosk.Typesetting;

namespace Kiosk.Pages.Tests;

/// <summary>
/// A small bundle composed the way the curriculum compiler will: lesson pages (text beside an
/// illustration, mirrored for right-to-left), quiz pages (question and two answer buttons),
/// chrome labels and the language's digits. It keeps, for every page and label, a Skia
/// reference drawing of the same layout.
/// </summary>
internal sealed class SampleBundle
{
    private readonly Dictionary<int, ReferenceDrawing> _pages = [];

    public SampleBundle(string profileId, string language)
    {
        Profile = TestContent.Profile(profileId);
        Language = language;
        Theme = TestContent.Theme();
        RightToLeft = TextLayout.DirectionOf(language) == TextDirection.RightToLeft;
        Writer = new ContentBundleWriter(Profile, language, RightToLeft, Theme);
    }

    public DisplayProfile Profile { get; }

    public string Language { get; }

    public bool RightToLeft { get; }

    public ContentTheme Theme { get; }

    public ContentBundleWriter Writer { get; }

    public ProfileRect Content => Profile.Content;

    public TextStyle Body => new(Profile.FontSizes.Body, LineHeight: 1.5f);

    public TextStyle Title => new(Profile.FontSizes.Title, FontWeight.Bold, LineHeight: 1.6f);

    public TextStyle Button => new(Profile.FontSizes.Button, FontWeight.Bold, LineHeight: 1.6f, Alignment: TextAlignment.Centre);

    /// <summary>The Skia drawing of a page, in screen coordinates with the page in the content area.</summary>
    public ReferenceDrawing Reference(int pageId) => _pages[pageId];

    public EncodedTextBlock Block(string text, TextStyle style, int width, int height, int foreground, int background) =>
        Writer.Text.Encode(TestContent.Layout.Layout(text, Language, style, width, height), (ushort)foreground, (ushort)background);

    /// <summary>Body text beside the module's illustration (the illustration on the leading side for RTL).</summary>
    public int AddLessonPage(string text, string artModule)
    {
        int margin = Profile.Margin;
        int textWidth = (Content.Width - (3 * margin)) * 3 / 5;
        int artWidth = Content.Width - (3 * margin) - textWidth;
        int artHeight = artWidth * 3 / 4;
        int textX = RightToLeft ? (2 * margin) + artWidth : margin;
        int artX = RightToLeft ? margin : (2 * margin) + textWidth;
        int artY = (Content.Height - artHeight) / 2;

        var body = Block(text, Body, textWidth, Content.Height - (2 * margin), Theme.Text, Theme.PageBackground);
        using var art = SvgArt.Render(TestContent.Art(artModule), artWidth, artHeight, Bgr565.ToColor((ushort)Theme.PageBackground));
        int image = Writer.Images.Add(art);
        var items = new List<PageItem>
        {
            new TextItem(textX, margin, Writer.Text.Add(body)),
            new ImageItem(artX, artY, image),
            new RectItem(artX, artY + artHeight + 4, artWidth, 3, (ushort)Theme.Accent),
        };
        int page = Writer.Pages.Add(new ContentPage(Content.Width, Content.Height, (ushort)Theme.PageBackground, items));

        var reference = new ReferenceDrawing();
        reference.Background(Content.X, Content.Y, Content.Width, Content.Height, (ushort)Theme.PageBackground);
        reference.Text(Content.X + textX, Content.Y + margin, body);
        reference.Image(Content.X + artX, Content.Y + artY, art.Copy());
        reference.Rect(Content.X + artX, Content.Y + artY + artHeight + 4, artWidth, 3, (ushort)Theme.Accent);
        _pages[page] = reference;
        return page;
    }

    /// <summary>A question across the top and two answer buttons below it.</summary>
    public int AddQuizPage(string question, string first, string second)
    {
        int margin = Profile.Margin;
        int width = Content.Width - (2 * margin);
        int buttonHeight = Math.Max(Profile.MinTouchTargetPx, Content.Height / 3);
        int buttonWidth = (width - margin) / 2;
        int questionHeight = Content.Height - (3 * margin) - buttonHeight;
        int buttonY = Content.Height - margin - buttonHeight;

        var reference = new ReferenceDrawing();
        reference.Background(Content.X, Content.Y, Content.Width, Content.Height, (ushort)Theme.PageBackground);
        var questionBlock = Block(question, Body, width, questionHeight, Theme.Text, Theme.PageBackground);
        var items = new List<PageItem> { new TextItem(margin, margin, Writer.Text.Add(questionBlock)) };
        reference.Text(Content.X + margin, Content.Y + margin, questionBlock);
        string[] labels = RightToLeft ? [second, first] : [first, second];
        for (int i = 0; i < 2; i++)
        {
            int x = margin + (i * (buttonWidth + margin));
            var label = Block(labels[i], Button, buttonWidth - 8, buttonHeight - 8, Theme.AccentText, Theme.Accent);
            items.Add(new RectItem(x, buttonY, buttonWidth, buttonHeight, (ushort)Theme.Accent));
            items.Add(new TextItem(x + 4, buttonY + 4, Writer.Text.Add(label)));
            reference.Rect(Content.X + x, Content.Y + buttonY, buttonWidth, buttonHeight, (ushort)Theme.Accent);
            reference.Text(Content.X + x + 4, Content.Y + buttonY + 4, label);
        }
        int page = Writer.Pages.Add(new ContentPage(Content.Width, Content.Height, (ushort)Theme.PageBackground, items));
        _pages[page] = reference;
        return page;
    }

    /// <summary>Digits, a language name, labels and the index fields every bundle needs.</summary>
    public void Finish(string languageName, int helpPage, IReadOnlyList<(string Id, int Block)> labels)
    {
        Writer.AddDigits(TestContent.Layout, DigitsOf(Language), Body);
        Writer.Index.HelpPage = helpPage;
        Writer.Index.LanguageNameBlock = Writer.Text.Add(Block(languageName, Title, 200, 40, Theme.Text, Theme.PageBackground));
        Writer.Index.LabelIds = labels.Select(l => l.Id).ToArray();
        Writer.Index.LabelBlocks = labels.Select(l => l.Block).ToArray();
    }

    public ContentBundle Open()
    {
        var sections = Writer.Sections();
        return new ContentBundle(
            new ByteArraySection(sections[ContentFormat.IndexSection]),
            new ByteArraySection(sections[ContentFormat.PagesSection]),
            new ByteArraySection(sections[ContentFormat.TextSection]),
            new ByteArraySection(sections[ContentFormat.GlyphsSection]),
            new ByteArraySection(sections[ContentFormat.ImagesSection]));
    }

    public byte[] BuildSigned(ProgramKey key, ulong version = 1) =>
        Writer.AddSectionsTo(new BundleBuilder("content-" + Language + "-" + Profile.Id, version, Language, Profile.Id)).Build(key);

    /// <summary>
    /// Top bar with a title block and an empty bottom bar, added to both the scene and the
    /// reference, as the kiosk UI will draw its chrome around a page.
    /// </summary>
    public void AddChrome(Scene scene, ReferenceDrawing reference, EncodedTextBlock title, int titleBlock)
    {
        var top = Profile.TopBar;
        var bottom = Profile.BottomBar;
        int titleX = RightToLeft ? top.X + top.Width - Profile.Margin - title.Width : top.X + Profile.Margin;
        int titleY = top.Y + ((top.Height - title.Height) / 2);
        scene.AddRect(top.X, top.Y, top.Width, top.Height, Theme.BarBackground);
        scene.AddText(titleBlock, titleX, titleY);
        scene.AddRect(bottom.X, bottom.Y, bottom.Width, bottom.Height, Theme.BarBackground);
        reference.Background(top.X, top.Y, top.Width, top.Height, (ushort)Theme.BarBackground);
        reference.Text(titleX, titleY, title);
        reference.Background(bottom.X, bottom.Y, bottom.Width, bottom.Height, (ushort)Theme.BarBackground);
    }

    public static string DigitsOf(string language) => language switch
    {
        "th" => "๐๑๒๓๔๕๖๗๘๙",
        "ar" => "٠١٢٣٤٥٦٧٨٩",
        "km" => "០១២៣៤៥៦៧៨៩",
        _ => "0123456789",
    };

    /// <summary>A renderer and scene for a bundle on a memory display of the profile's size.</summary>
    public static (MemoryDisplay Display, StripRenderer Renderer, Scene Scene) Screen(ContentBundle content, DisplayProfile profile, int stripHeight) =>
        Screen(content, profile, stripHeight, profile.GlyphCacheBytes);

    public static (MemoryDisplay Display, StripRenderer Renderer, Scene Scene) Screen(ContentBundle content, DisplayProfile profile, int stripHeight, int cacheBytes)
    {
        var display = new MemoryDisplay(profile.Width, profile.Height);
        return (display, new StripRenderer(display, content, stripHeight, cacheBytes), new Scene(content));
    }
}
