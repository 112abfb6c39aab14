using Kiosk.Firmware.Rendering;
using Kiosk.Protocol.Content;
using Kiosk.Simulator.Devices;
using Kiosk.Simulator.Tests.Fixtures;

namespace Kiosk.Simulator.Tests;

public sealed class SharedRendererTests
{
    /// <summary>
    /// One renderer and scene moved between languages draw exactly what a renderer made for each
    /// language draws: binding drops the old atlas's glyphs and nothing else carries over.
    /// </summary>
    [Theory]
    [InlineData("320x240")]
    [InlineData("480x320")]
    public void A_renderer_bound_from_language_to_language_draws_what_a_fresh_one_draws(string profile)
    {
        var bundles = SampleContent.Open(profile);
        Assert.True(bundles.Length >= 3);
        var (width, height) = Hosting.VirtualKiosk.ScreenSize(profile);
        var expected = bundles.Select(bundle =>
        {
            var display = new FrameBufferDisplay(width, height);
            new StripRenderer(display, bundle, bundle.Index.Display.StripHeight, StripRenderer.DefaultGlyphCacheBytes).Render(Page(new Scene(bundle, 160), bundle));
            return display.Snapshot();
        }).ToArray();

        var shared = new FrameBufferDisplay(width, height);
        var renderer = new StripRenderer(shared, bundles[0].Index.Display.StripHeight, StripRenderer.DefaultGlyphCacheBytes);
        var scene = new Scene(160);
        // There and back again: each language after another one's glyphs filled the cache.
        foreach (int i in Enumerable.Range(0, bundles.Length).Concat(Enumerable.Range(0, bundles.Length).Reverse()))
        {
            scene.Bind(bundles[i]);
            renderer.Bind(bundles[i]);
            renderer.Render(Page(scene, bundles[i]));
            Assert.True(expected[i].AsSpan().SequenceEqual(shared.Snapshot()), $"{bundles[i].Index.Language} differs when drawn by the shared renderer");
        }

        scene.Bind(bundles[0]);
        renderer.Bind(bundles[1]);
        Assert.Throws<InvalidOperationException>(() => renderer.Render(scene));
    }

    // The first page of the first lesson with its title, in the scene given.
    private static Scene Page(Scene scene, ContentBundle bundle)
    {
        var module = bundle.Index.Modules[0];
        var content = bundle.Index.Display.Content;
        scene.AddRect(0, 0, bundle.Index.Display.Width, bundle.Index.Display.Height, bundle.Index.Theme.BarBackground);
        scene.AddText(module.TitleBlock, bundle.Index.Display.Margin, 4);
        scene.AddPage(module.Pages[0], content.X, content.Y);
        scene.AddNumber(1234567890, bundle.Index.Display.Margin, content.Y + content.Height + 30, bundle.Index.Theme.BarText, bundle.Index.Theme.BarBackground);
        return scene;
    }
}
