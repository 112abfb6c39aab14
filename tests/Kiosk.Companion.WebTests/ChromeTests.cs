using Kiosk.Companion.Web.Chrome;
using Kiosk.Companion.WebTests.Infrastructure;
using Microsoft.Playwright;

namespace Kiosk.Companion.WebTests;

[Collection(WebCollection.Name)]
public sealed class ChromeTests(WebCompanion companion)
{
    [Fact]
    public async Task Arabic_chrome_turns_the_page_right_to_left_and_french_back_left_to_right()
    {
        var page = await companion.SignedInPageAsync(WebCompanion.StaffUser, WebCompanion.StaffPassword);
        await page.SelectOptionAsync("#ui-lang", "ar");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(ChromeStrings.Lookup("ar", "Fleet"), (await page.Locator("nav.main-nav a").First.InnerTextAsync()).Trim());
        // The brand sits at the right edge in a right-to-left page.
        var brand = await page.Locator(".brand").BoundingBoxAsync();
        Assert.True(brand!.X > 640, $"brand at x={brand.X}");
        await companion.ScreenshotAsync(page, "fleet-arabic");
        await page.GotoAsync("/reports");
        await companion.ScreenshotAsync(page, "reports-arabic");

        await page.SelectOptionAsync("#ui-lang", "fr");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        Assert.Equal(ChromeStrings.Lookup("fr", "Reports"), (await page.Locator("nav.main-nav a[aria-current='page']").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Every_chrome_string_has_an_arabic_and_a_french_translation()
    {
        foreach (var key in ChromeStrings.Keys)
        {
            var english = ChromeStrings.Lookup("en", key);
            Assert.False(string.IsNullOrWhiteSpace(ChromeStrings.Lookup("ar", key)), key);
            Assert.False(string.IsNullOrWhiteSpace(ChromeStrings.Lookup("fr", key)), key);
            if (english.Length > 3)
            {
                Assert.NotEqual(english, ChromeStrings.Lookup("ar", key));
            }
        }
        await Task.CompletedTask;
    }

    [Fact]
    public async Task On_a_phone_the_fleet_fits_the_screen_and_targets_are_large()
    {
        await companion.CreateSchoolAsync("phone-school", "Valley School");
        await using var kiosk = await companion.ConnectKioskAsync("k-phone-01", "phone-school");
        await kiosk.PublishOnlineAsync();
        var page = await companion.SignedInPageAsync(WebCompanion.StaffUser, WebCompanion.StaffPassword, phone: true);
        await page.GotoAsync("/?group=phone-school");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
        foreach (var target in await page.Locator("nav.main-nav a, form.filters button, form.filters select, form.filters input").AllAsync())
        {
            var box = await target.BoundingBoxAsync();
            Assert.True(box!.Height >= 44, $"a touch target is {box.Height}px high");
        }
        await companion.ScreenshotAsync(page, "fleet-phone");
        await page.GotoAsync("/modules?group=phone-school");
        await companion.ScreenshotAsync(page, "modules-phone");
    }

    [Fact]
    public async Task The_content_page_lists_versions_and_lessons_and_shows_the_rollout_section()
    {
        await companion.CreateSchoolAsync("content-school", "Forest School");
        await using var kiosk = await companion.ConnectKioskAsync("k-content-01", "content-school");
        await kiosk.PublishOnlineAsync();
        var page = await companion.SignedInPageAsync(WebCompanion.StaffUser, WebCompanion.StaffPassword);
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await page.GotoAsync("/content");
            return await page.Locator("table.data tbody tr", new() { HasText = "core-th" }).CountAsync() == 1;
        }));
        Assert.Equal(TestCurriculum.Modules.Count, await page.Locator("ul.lesson-grid li").CountAsync());
        Assert.Equal(1, await page.Locator("section#rollouts").CountAsync());
        // The preview form offers the curriculum's languages and both display profiles.
        Assert.Equal(["320x240", "480x320"], await page.Locator("#preview-profile option").AllInnerTextsAsync());
        Assert.Equal(1, await page.Locator("#preview-language option[value='ar']").CountAsync());
        await companion.ScreenshotAsync(page, "content");
    }
}
