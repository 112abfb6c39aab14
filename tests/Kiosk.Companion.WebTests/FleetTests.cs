using Kiosk.Companion.WebTests.Infrastructure;
using Kiosk.Protocol.Messages;
using Microsoft.Playwright;

namespace Kiosk.Companion.WebTests;

[Collection(WebCollection.Name)]
public sealed class FleetTests(WebCompanion companion)
{
    [Fact]
    public async Task A_kiosk_comes_online_on_the_open_fleet_page_and_its_detail_shows_its_history()
    {
        await companion.CreateSchoolAsync("fleet-school", "Hillside School");
        await using var kiosk = await companion.ConnectKioskAsync("k-fleet-01", "fleet-school");
        var page = await companion.SignedInPageAsync(WebCompanion.StaffUser, WebCompanion.StaffPassword);
        await page.GotoAsync("/?group=fleet-school");
        var row = page.Locator("tr[data-kiosk='k-fleet-01']");
        Assert.Equal("NeverSeen", await row.GetAttributeAsync("data-state"));

        await kiosk.PublishOnlineAsync();
        // The page refreshes its table by itself; no reload here.
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "Online", new() { Timeout = 15_000 });
        Assert.Contains("1.4.2", await row.InnerTextAsync());
        Assert.Contains("core-th v7", await row.InnerTextAsync());
        await companion.ScreenshotAsync(page, "fleet");

        await page.FillAsync("#q", "no-such-kiosk");
        await page.ClickAsync("form.filters button[type=submit]");
        Assert.Equal(0, await page.Locator("tr[data-kiosk]").CountAsync());

        await kiosk.PublishReportAsync(new UsageCounter
        {
            HourBucket = (uint)(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3600),
            LessonId = "under9.screen-time",
            Language = "th",
            Event = UsageEvent.LessonOpened,
            Count = 3,
        });
        await page.GotoAsync("/kiosks/k-fleet-01");
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await page.ReloadAsync();
            return await page.Locator("ol.timeline li.reportreceived").CountAsync() == 1;
        }));
        Assert.Contains("Report batch 1", await page.Locator("ol.timeline li.reportreceived").InnerTextAsync());
        Assert.Equal(1, await page.Locator("ol.timeline li.provisioned").CountAsync());
        await companion.ScreenshotAsync(page, "kiosk-detail");
    }
}
