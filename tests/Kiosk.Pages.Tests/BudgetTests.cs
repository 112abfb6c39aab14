using Kiosk.Content.Packaging;
using Kiosk.Firmware.Rendering;
using Kiosk.Protocol.Content;
using Xunit.Abstractions;

namespace Kiosk.Pages.Tests;

/// <summary>
/// The DESIGN.md budgets that can be counted rather than timed: memory the renderer holds and
/// allocates, pixels written one by one in managed code, bytes per lesson and per language.
/// The benchmarks (tests/Kiosk.Benchmarks) report the same quantities; docs/content-format.md
/// has the figures.
/// </summary>
public sealed class BudgetTests(ITestOutputHelper output)
{
    private const int RenderBudgetBytes = 48 * 1024;
    private const int LessonBudgetBytes = 40 * 1024;
    private const int LanguageBudgetBytes = 1024 * 1024;

    private static readonly Lazy<(SampleBundle Sample, ContentBundle Content, ModuleRecord Module)> Lesson = new(() =>
    {
        var sample = new SampleBundle("320x240", "en");
        var module = LessonSample.Compile(sample, LessonSample.Curriculum.Value.FindModule("age9to12", "private-eye")!);
        sample.Writer.Index.Modules = [module];
        sample.Finish("English", module.Pages[0], []);
        return (sample, sample.Open(), module);
    });

    [Fact]
    public void A_page_render_holds_under_48_KB_and_allocates_nothing()
    {
        var (sample, content, module) = Lesson.Value;
        // Warm up the runtime on another renderer so type loading is not counted.
        Render(content, sample, module.Pages[1], 16, module.TitleBlock);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var display = new MemoryDisplay(sample.Profile.Width, sample.Profile.Height);
        long afterDisplay = GC.GetAllocatedBytesForCurrentThread();
        var renderer = new StripRenderer(display, content, sample.Profile.StripHeight, sample.Profile.GlyphCacheBytes);
        var scene = new Scene(content);
        long footprint = GC.GetAllocatedBytesForCurrentThread() - afterDisplay;
        _ = before;

        long start = GC.GetAllocatedBytesForCurrentThread();
        Compose(scene, sample, module.Pages[0], module.TitleBlock);
        renderer.Render(scene);
        long cold = GC.GetAllocatedBytesForCurrentThread() - start;
        start = GC.GetAllocatedBytesForCurrentThread();
        Compose(scene, sample, module.Pages[0], module.TitleBlock);
        renderer.Render(scene);
        long warm = GC.GetAllocatedBytesForCurrentThread() - start;

        output.WriteLine($"renderer + scene: {footprint} bytes; first render {cold} bytes; repeat {warm} bytes");
        Assert.True(footprint <= RenderBudgetBytes, $"{footprint} bytes");
        Assert.Equal(0, cold);
        Assert.Equal(0, warm);
    }

    [Fact]
    public void Text_and_quiz_pages_write_at_most_10_percent_of_the_screen_pixel_by_pixel()
    {
        var (sample, content, module) = Lesson.Value;
        int screen = sample.Profile.Width * sample.Profile.Height;
        var pages = new (string Name, int Page)[]
        {
            ("lesson page with art", module.Pages[0]),
            ("text-heavy page", module.Pages.Skip(1).OrderByDescending(p => TextLength(content, p)).First()),
            ("quiz question", module.Questions[0].Page),
        };
        var buttons = module.Questions[0].Choices.Select(c => c.LabelBlock).ToArray();
        foreach (var (name, page) in pages)
        {
            var cold = Render(content, sample, page, 16, module.TitleBlock, name.StartsWith("quiz", StringComparison.Ordinal) ? buttons : []);
            double coldShare = 100.0 * cold.SinglePixels / screen;
            var (renderer, scene) = (cold.Renderer, cold.Scene);
            renderer.Counters.Reset();
            renderer.Render(scene);
            double warmShare = 100.0 * renderer.Counters.SinglePixels / screen;
            output.WriteLine($"{name}: cold {coldShare:F2}% ({cold.SinglePixels} px, {cold.Misses} glyphs expanded), warm {warmShare:F2}%, bulk {cold.BulkPixels} px");
            Assert.True(coldShare <= 10, $"{name}: {coldShare:F2}% of the screen written pixel by pixel");
            Assert.True(warmShare <= coldShare);
            Assert.True(cold.BulkPixels >= screen);
        }
    }

    [Fact]
    public void A_lesson_fits_40_KB_and_the_English_curriculum_1_MB()
    {
        var (sample, _, module) = Lesson.Value;
        int lesson = LessonSample.Size(sample);
        output.WriteLine($"private-eye: {module.Pages.Length} lesson pages, {sample.Writer.Pages.Count} pages in all, {module.Questions.Length} questions, {lesson} bytes, " +
            $"{sample.Writer.Atlas.Count} clusters, sections {string.Join(", ", sample.Writer.Sections().Select(s => $"{s.Key} {s.Value.Length}"))}");
        Assert.True(lesson <= LessonBudgetBytes, $"{lesson} bytes");

        var whole = new SampleBundle("320x240", "en");
        var modules = LessonSample.Curriculum.Value.Modules.Select(m => LessonSample.Compile(whole, m)).ToArray();
        whole.Writer.Index.Modules = modules;
        whole.Finish("English", modules[0].Pages[0], []);
        int size = LessonSample.Size(whole);
        output.WriteLine($"English curriculum, 320x240: {modules.Length} modules, {whole.Writer.Pages.Count} pages, {whole.Writer.Atlas.Count} clusters, {whole.Writer.Text.Count} blocks, {size} bytes, " +
            $"sections {string.Join(", ", whole.Writer.Sections().Select(s => $"{s.Key} {s.Value.Length}"))}");
        Assert.True(size <= LanguageBudgetBytes, $"{size} bytes");
    }

    private static int TextLength(ContentBundle content, int page)
    {
        var list = new PageDrawList();
        content.Pages.ReadPage(page, list);
        var block = new TextBlock();
        int total = 0;
        for (int i = 0; i < list.Count; i++)
        {
            if (list.Kind[i] == ContentFormat.ItemText)
            {
                content.Text.ReadBlock(list.Value[i], block);
                total += block.End - block.FirstSegment;
            }
        }
        return total;
    }

    private static void Compose(Scene scene, SampleBundle sample, int page, int titleBlock)
    {
        var top = sample.Profile.TopBar;
        var bottom = sample.Profile.BottomBar;
        scene.Clear();
        scene.AddRect(top.X, top.Y, top.Width, top.Height, sample.Theme.BarBackground);
        scene.AddText(titleBlock, top.X + sample.Profile.Margin, top.Y + 2);
        scene.AddPage(page, sample.Content.X, sample.Content.Y);
        scene.AddRect(bottom.X, bottom.Y, bottom.Width, bottom.Height, sample.Theme.BarBackground);
        scene.AddNumber(3, bottom.X + 150, bottom.Y + 34, sample.Theme.BarText, sample.Theme.BarBackground);
    }

    private static (long SinglePixels, long BulkPixels, int Misses, StripRenderer Renderer, Scene Scene) Render(
        ContentBundle content, SampleBundle sample, int page, int strip, int titleBlock, int[]? buttons = null)
    {
        var display = new MemoryDisplay(sample.Profile.Width, sample.Profile.Height);
        var renderer = new StripRenderer(display, content, strip, sample.Profile.GlyphCacheBytes);
        var scene = new Scene(content);
        Compose(scene, sample, page, titleBlock);
        // Answer buttons as the quiz UI overlays them at the bottom of the content area.
        for (int i = 0; i < (buttons?.Length ?? 0); i++)
        {
            int x = sample.Content.X + sample.Profile.Margin + (i * 102);
            int y = sample.Content.Y + sample.Content.Height - sample.Profile.Margin - 52;
            scene.AddRect(x, y, 98, 52, sample.Theme.Accent);
            scene.AddText(buttons![i], x + 3, y + 2);
        }
        renderer.Render(scene);
        Frames.Save(Path.Combine(TestContent.OutputFolder("budget"), $"page-{page}.png"), display.Frame, display.Frame, display.Width, display.Height);
        return (renderer.Counters.SinglePixels, renderer.Counters.BulkPixels, renderer.Counters.GlyphMisses, renderer, scene);
    }
}
