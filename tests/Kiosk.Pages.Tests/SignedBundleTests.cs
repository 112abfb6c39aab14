using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Content;
using Kiosk.Signing;

namespace Kiosk.Pages.Tests;

/// <summary>The sections travel inside a real signed bundle and are read back through Bundle.ReadSection.</summary>
public sealed class SignedBundleTests
{
    [Fact]
    public void A_signed_bundle_opens_and_renders_like_its_sections_in_memory()
    {
        var sample = new SampleBundle("480x320", "ar");
        int lesson = sample.AddLessonPage(SampleText.Arabic, "age9to12/be-nice");
        sample.Finish("العربية", lesson, []);
        using var key = ProgramKey.Generate();
        var bytes = sample.BuildSigned(key);
        var bundle = Bundle.Open(new ByteArrayStorage(bytes), key.PublicKey);
        bundle.VerifyAllChunks();
        var fromBundle = ContentBundle.Open(bundle);
        Assert.Equal("ar", fromBundle.Index.Language);
        Assert.True(fromBundle.Index.RightToLeft);
        Assert.Equal("480x320", fromBundle.Index.Display.ProfileId);

        ushort[] Render(ContentBundle content)
        {
            var (display, renderer, scene) = SampleBundle.Screen(content, sample.Profile, sample.Profile.StripHeight);
            scene.AddPage(lesson, sample.Content.X, sample.Content.Y);
            renderer.Render(scene);
            return display.Frame;
        }
        var frame = Render(fromBundle);
        Assert.Equal(Render(sample.Open()), frame);
        Assert.Contains(frame, pixel => pixel == sample.Theme.Text);
    }
}
