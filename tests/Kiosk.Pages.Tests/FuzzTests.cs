using Kiosk.Firmware.Rendering;
using Kiosk.Protocol;
using Kiosk.Protocol.Content;

namespace Kiosk.Pages.Tests;

/// <summary>
/// Damaged or hostile section bytes must end in <see cref="ProtocolDecodeException"/> and
/// nothing else, whether they are found when a bundle is opened, a scene is built or a strip is
/// drawn: a kiosk catches that one exception and keeps its last good content.
/// </summary>
public sealed class FuzzTests
{
    private const int CasesPerSection = 600;

    private static readonly Lazy<(SampleBundle Sample, Dictionary<string, byte[]> Sections, int Pages)> Shared = new(() =>
    {
        var sample = new SampleBundle("320x240", "en");
        int lesson = sample.AddLessonPage(SampleText.English, "age9to12/private-eye");
        sample.AddQuizPage("Who can you tell?", "A trusted adult", "Nobody");
        sample.Finish("English", lesson, [("nav.next", 0)]);
        return (sample, new Dictionary<string, byte[]>(sample.Writer.Sections()), sample.Writer.Pages.Count);
    });

    public static TheoryData<string> SectionNames() => new()
    {
        ContentFormat.IndexSection, ContentFormat.PagesSection, ContentFormat.TextSection,
        ContentFormat.GlyphsSection, ContentFormat.ImagesSection,
    };

    [Theory]
    [MemberData(nameof(SectionNames))]
    public void Malformed_section_bytes_raise_only_ProtocolDecodeException(string name)
    {
        var (sample, sections, pages) = Shared.Value;
        var random = new Random(name.GetHashCode(StringComparison.Ordinal) & 0x7FFF);
        int refused = 0;
        for (int i = 0; i < CasesPerSection; i++)
        {
            var damaged = Mutate(sections[name], random);
            try
            {
                RenderEverything(sample, sections, name, damaged, pages);
            }
            catch (ProtocolDecodeException)
            {
                refused++;
            }
        }
        // Most damage is noticed; some (a changed colour, a moved glyph) is simply drawn.
        Assert.True(refused > CasesPerSection / 10, $"only {refused} of {CasesPerSection} damaged sections were refused");
    }

    [Fact]
    public void The_undamaged_bundle_renders_every_page()
    {
        var (sample, sections, pages) = Shared.Value;
        RenderEverything(sample, sections, ContentFormat.PagesSection, sections[ContentFormat.PagesSection], pages);
    }

    private static void RenderEverything(SampleBundle sample, Dictionary<string, byte[]> sections, string name, byte[] damaged, int pages)
    {
        IContentSection Section(string section) => new ByteArraySection(section == name ? damaged : sections[section]);
        var content = new ContentBundle(Section(ContentFormat.IndexSection), Section(ContentFormat.PagesSection),
            Section(ContentFormat.TextSection), Section(ContentFormat.GlyphsSection), Section(ContentFormat.ImagesSection));
        var display = new MemoryDisplay(sample.Profile.Width, sample.Profile.Height);
        var renderer = new StripRenderer(display, content, 16, 16384);
        var scene = new Scene(content);
        for (int page = 0; page < pages; page++)
        {
            scene.Clear();
            scene.AddPage(page, sample.Content.X, sample.Content.Y);
            scene.AddNumber(1234567890, 10, 220, 0, 0xFFFF);
            renderer.Render(scene);
        }
        for (int block = 0; block < content.Text.Count; block++)
        {
            scene.Clear();
            scene.AddText(block, 0, 0);
            renderer.Render(scene);
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var data = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0:
                for (int flips = random.Next(1, 4); flips > 0; flips--)
                {
                    data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
                }
                return data;
            case 1:
                data[random.Next(data.Length)] = (byte)random.Next(256);
                return data;
            case 2:
                return data[..random.Next(data.Length)];
            default:
                // Damage in the header and tables, where offsets live.
                int at = random.Next(Math.Min(data.Length, 64));
                data[at] = (byte)random.Next(256);
                return data;
        }
    }
}
