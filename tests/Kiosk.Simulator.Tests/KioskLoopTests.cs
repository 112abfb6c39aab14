using Kiosk.Signing;
using Kiosk.Simulator.Content;
using Kiosk.Simulator.Tests.Fixtures;

namespace Kiosk.Simulator.Tests;

/// <summary>The main loop both the board and the simulator run: it hands the screens what the node has.</summary>
public sealed class KioskLoopTests
{
    [Fact]
    public void A_signed_bundle_this_firmware_cannot_read_is_left_out_and_the_other_languages_stay()
    {
        using var kiosk = new KioskHarness("320x240");
        string[] before = [.. kiosk.Ui.Languages.Select(view => view.Language)];
        // Intact and signed by the program, but in a content format this firmware predates.
        byte[] future = new BundleBuilder("lessons-de-320x240", 1, "de", "320x240", 1024)
            .AddSection("lessons-v9", new byte[3000])
            .Build(SampleContent.SigningKey);

        int installed = new BundleShelf([future]).InstallInto(kiosk.Kiosk.Node.Content, TextWriter.Null);
        kiosk.Turn();

        Assert.Equal(1, installed);
        Assert.NotNull(kiosk.Kiosk.Node.Content.Find("de"));
        Assert.Equal(1, kiosk.Kiosk.Loop.UnreadableBundles);
        Assert.Equal(before, kiosk.Ui.Languages.Select(view => view.Language));
    }

    [Fact]
    public void A_new_config_reaches_the_screens_on_the_next_turn()
    {
        using var kiosk = new KioskHarness("480x320");
        var config = TeacherTests.Config(kiosk, idleSeconds: 30);

        kiosk.Configure(config);

        Assert.Same(kiosk.Kiosk.Node.Config.Current, kiosk.Ui.Services.Config);
        Assert.Equal(30_000, kiosk.Ui.IdleTimeoutMilliseconds);
    }
}
