using Kiosk.Firmware.Rendering;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Content;

namespace Kiosk.Content.Tests.Compilation;

public sealed class DeviceRenderingTests(CompiledCurriculum compiled) : IClassFixture<CompiledCurriculum>
{
    // A colour no page uses, painted under the page to see where the page draws.
    private const ushort Sentinel = 0xF81F;

    [Theory]
    [InlineData("en", "320x240")]
    [InlineData("th", "320x240")]
    [InlineData("ar", "480x320")]
    [InlineData("km", "480x320")]
    public void A_lesson_draws_only_inside_its_page_area(string language, string profileId)
    {
        var profile = compiled.Profile(profileId);
        var content = ContentBundle.Open(Bundle.Open(new ByteArrayStorage(compiled.Bundle(language, profileId).Bytes), compiled.Key.PublicKey));
        var module = content.Index.Modules.Single(m => m.Id == "age9to12.private-eye");
        var pages = module.Pages.Concat(module.Questions.Select(q => q.Page)).Concat(module.Questions.SelectMany(q => q.Choices.Select(c => c.FeedbackPage)));
        var display = new MemoryDisplay(profile.Width, profile.Height);
        var renderer = new StripRenderer(display, content, profile.StripHeight, profile.GlyphCacheBytes);
        var scene = new Scene(content);
        var page = new PageDrawList();
        foreach (int id in pages)
        {
            content.Pages.ReadPage(id, page);
            scene.Clear();
            scene.AddRect(0, 0, profile.Width, profile.Height, Sentinel);
            scene.AddPage(id, profile.Content.X, profile.Content.Y);
            renderer.Render(scene);

            int inked = 0;
            for (int y = 0; y < profile.Height; y++)
            {
                for (int x = 0; x < profile.Width; x++)
                {
                    bool inside = x < page.Width && y >= profile.Content.Y && y < profile.Content.Y + page.Height;
                    ushort pixel = display.At(x, y);
                    Assert.True(inside || pixel == Sentinel, $"page {id} drew at ({x},{y}) outside its area");
                    Assert.True(!inside || pixel != Sentinel, $"page {id} left ({x},{y}) undrawn");
                    inked += inside && pixel != page.Background ? 1 : 0;
                }
            }
            Assert.True(inked > 200, $"page {id} shows almost nothing ({inked} pixels)");
            Assert.True(page.Height <= profile.Height - profile.Content.Y, $"page {id} runs off the screen");
        }
    }
}
