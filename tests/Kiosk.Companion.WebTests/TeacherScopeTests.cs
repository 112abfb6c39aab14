using Kiosk.Companion.WebTests.Infrastructure;
using Microsoft.Playwright;

namespace Kiosk.Companion.WebTests;

[Collection(WebCollection.Name)]
public sealed class TeacherScopeTests(WebCompanion companion)
{
    [Fact]
    public async Task A_teacher_sees_only_their_own_school_whatever_the_address_asks_for()
    {
        await companion.CreateSchoolAsync("scope-own", "North School");
        await companion.CreateSchoolAsync("scope-other", "South School");
        await using var own = await companion.ConnectKioskAsync("k-scope-own", "scope-own");
        await using var other = await companion.ConnectKioskAsync("k-scope-other", "scope-other");
        var teacher = await companion.CreateTeacherAsync("scope-own");
        var page = await companion.SignedInPageAsync(teacher, WebCompanion.TeacherPassword("scope-own"));

        await page.GotoAsync("/?group=scope-other");
        var kiosks = await page.Locator("tr[data-kiosk]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.kiosk)");
        Assert.Equal(["k-scope-own"], kiosks);
        Assert.DoesNotContain("South School", await page.ContentAsync());
        await companion.ScreenshotAsync(page, "fleet-teacher");

        var detail = await page.GotoAsync("/kiosks/k-scope-other");
        Assert.Equal(404, detail!.Status);

        await page.GotoAsync("/reports?group=scope-other");
        Assert.Equal("North School", (await page.Locator(".page-head p.muted").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("select#group").CountAsync());

        await page.GotoAsync("/modules?group=scope-other");
        Assert.Contains("North School", await page.Locator("p.lead").InnerTextAsync());

        var content = await page.GotoAsync("/content");
        Assert.Contains("/denied", content!.Url, StringComparison.Ordinal);
    }
}
