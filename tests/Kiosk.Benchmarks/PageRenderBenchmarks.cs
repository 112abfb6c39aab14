using BenchmarkDotNet.Attributes;
using Kiosk.Firmware.Rendering;
using Kiosk.Pages.Tests;
using Kiosk.Protocol.Content;

namespace Kiosk.Benchmarks;

/// <summary>
/// Renders a compiled lesson's pages on the 320x240 profile with a 16-row strip. Allocated
/// bytes (MemoryDiagnoser) are the figure that matters: the kiosk interprets IL, so desktop
/// times only rank changes; tests/Kiosk.Pages.Tests/BudgetTests asserts the counted budgets.
/// </summary>
[MemoryDiagnoser]
public class PageRenderBenchmarks
{
    private SampleBundle _sample = null!;
    private ContentBundle _content = null!;
    private ModuleRecord _module = null!;
    private StripRenderer _renderer = null!;
    private Scene _scene = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sample = new SampleBundle("320x240", "en");
        _module = LessonSample.Compile(_sample, LessonSample.Curriculum.Value.FindModule("age9to12", "private-eye")!);
        _sample.Writer.Index.Modules = [_module];
        _sample.Finish("English", _module.Pages[0], []);
        _content = _sample.Open();
        var display = new MemoryDisplay(_sample.Profile.Width, _sample.Profile.Height);
        _renderer = new StripRenderer(display, _content, 16, _sample.Profile.GlyphCacheBytes);
        _scene = new Scene(_content);
    }

    /// <summary>A text-only page, glyph cache warm: what turning back to a page costs.</summary>
    [Benchmark]
    public long TextPageWarm() => Render(_module.Pages[1], clearCache: false);

    /// <summary>The same page with the glyph cache emptied first: every cluster is expanded again.</summary>
    [Benchmark]
    public long TextPageCold() => Render(_module.Pages[1], clearCache: true);

    /// <summary>The lesson's first page: text beside the illustration, cache warm.</summary>
    [Benchmark]
    public long IllustratedPageWarm() => Render(_module.Pages[0], clearCache: false);

    /// <summary>A quiz question page, cache cold.</summary>
    [Benchmark]
    public long QuizPageCold() => Render(_module.Questions[0].Page, clearCache: true);

    private long Render(int page, bool clearCache)
    {
        if (clearCache)
        {
            _renderer.ClearGlyphCache();
        }
        _renderer.Counters.Reset();
        _scene.Clear();
        _scene.AddRect(0, 0, 320, 44, _sample.Theme.BarBackground);
        _scene.AddPage(page, _sample.Content.X, _sample.Content.Y);
        _scene.AddRect(0, 188, 320, 52, _sample.Theme.BarBackground);
        _scene.AddNumber(3, 150, 222, _sample.Theme.BarText, _sample.Theme.BarBackground);
        _renderer.Render(_scene);
        return _renderer.Counters.SinglePixels;
    }
}
