using Kiosk.Companion.WebTests.Infrastructure;
using Kiosk.Protocol.Messages;
using Kiosk.Signing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kiosk.Companion.WebTests;

[Collection(WebCollection.Name)]
public sealed class RolloutTests(WebCompanion companion)
{
    private const uint Version = 5;
    private const string BundleId = "en-p320";

    [Fact]
    public async Task A_rollout_started_on_the_page_moves_to_the_next_wave_and_halts_itself_on_a_failed_kiosk()
    {
        await companion.CreateSchoolAsync("rollout-a", "Canary School");
        await companion.CreateSchoolAsync("rollout-b", "Second Wave School");
        await using var canary = await companion.ConnectKioskAsync("k-rollout-a1", "rollout-a");
        await using var second = await companion.ConnectKioskAsync("k-rollout-b1", "rollout-b");
        await canary.PublishOnlineAsync();
        await second.PublishOnlineAsync();
        var key = companion.Services.GetRequiredService<ProgramKey>();
        var bundle = new BundleBuilder(BundleId, Version, "en", "p320", 256).AddSection("lessons", new byte[3000]).Build(key);
        using var upload = new ByteArrayContent(bundle);
        upload.Headers.ContentType = new("application/octet-stream");
        (await companion.Api.PostAsync("/api/bundles", upload)).EnsureSuccessStatusCode();

        var page = await companion.SignedInPageAsync(WebCompanion.StaffUser, WebCompanion.StaffPassword);
        await page.GotoAsync("/content");
        await page.SelectOptionAsync("#version", Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#stages", "rollout-a\nrollout-b");
        await page.ClickAsync("form[action*='handler=Start'] button[type=submit]");
        var rollout = page.Locator("article.rollout").First;
        Assert.Equal("Running", await rollout.GetAttributeAsync("data-state"));
        Assert.Equal("1", await rollout.Locator("li.wave[data-stage='1']").GetAttributeAsync("data-total"));
        Assert.Contains("waiting", await rollout.Locator("li.wave[data-stage='2']").GetAttributeAsync("class"));

        // The canary installs the release: wave 1 is done and wave 2 is released, on the open page.
        await canary.PublishStatusAsync(new KioskStatus
        {
            State = KioskState.Online,
            ConnectionEpoch = 1,
            BootCount = 1,
            FirmwareVersion = "1.4.2",
            BoardProfileId = "p320",
            DefaultLanguage = "en",
            EnabledModuleIds = [],
            InstalledBundles = [new InstalledBundle { BundleId = BundleId, Version = Version, Language = "en", ProfileId = "p320" }],
            ConfigSerial = 1,
        });
        await Assertions.Expect(rollout.Locator("li.wave[data-stage='1']")).ToHaveAttributeAsync("data-installed", "1", new() { Timeout = 15_000 });
        await Assertions.Expect(rollout.Locator("li.wave[data-stage='2']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("released"), new() { Timeout = 15_000 });

        // The second wave's kiosk fails to verify the bundle: the rollout halts itself.
        await second.PublishStatusAsync(new KioskStatus
        {
            State = KioskState.Online,
            ConnectionEpoch = 1,
            BootCount = 1,
            FirmwareVersion = "1.4.2",
            BoardProfileId = "p320",
            DefaultLanguage = "en",
            EnabledModuleIds = [],
            InstalledBundles = [],
            ConfigSerial = 1,
            Sync = new SyncStatus { State = SyncState.Failed, BundleId = BundleId, BundleVersion = Version, FailureReason = SyncFailureReason.SignatureInvalid, FailureText = "bad signature" },
        });
        await Assertions.Expect(rollout).ToHaveAttributeAsync("data-state", "Halted", new() { Timeout = 15_000 });
        Assert.Equal("1", await rollout.Locator("li.wave[data-stage='2']").GetAttributeAsync("data-failed"));
        await companion.ScreenshotAsync(page, "content-rollout-halted");

        // The failed kiosk's own page says where it stands in the rollout and why it failed.
        await page.GotoAsync("/kiosks/k-rollout-b1");
        var state = page.Locator("dd[data-rollout]");
        Assert.Equal("Failed", await state.GetAttributeAsync("data-rollout"));
        Assert.Contains($"v{Version} Failed", await state.InnerTextAsync());
        Assert.Contains("bad signature", await state.Locator("[data-rollout-reason]").InnerTextAsync());
        await companion.ScreenshotAsync(page, "kiosk-rollout-failed");

        await page.GotoAsync("/?group=rollout-a");
        Assert.Equal($"v{Version} Installed", (await page.Locator("tr[data-kiosk='k-rollout-a1'] td[data-rollout]").InnerTextAsync()).Trim());

        await page.GotoAsync("/content");
        await page.ClickAsync("article.rollout form[action*='handler=Resume'] button");
        Assert.Equal("Running", await page.Locator("article.rollout").First.GetAttributeAsync("data-state"));
    }
}
