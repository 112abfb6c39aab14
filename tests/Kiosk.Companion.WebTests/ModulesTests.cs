using System.Net.Http.Json;
using Kiosk.Companion.Provisioning;
using Kiosk.Companion.WebTests.Infrastructure;
using Microsoft.Playwright;

namespace Kiosk.Companion.WebTests;

[Collection(WebCollection.Name)]
public sealed class ModulesTests(WebCompanion companion)
{
    [Fact]
    public async Task A_teacher_changes_modules_and_the_schools_kiosk_receives_a_newly_signed_config()
    {
        await companion.CreateSchoolAsync("modules-school", "Baan Suan School");
        var teacher = await companion.CreateTeacherAsync("modules-school");
        await using var kiosk = await companion.ConnectKioskAsync("k-modules-01", "modules-school");
        await kiosk.PublishOnlineAsync(appliedConfigSerial: 1);
        var first = await kiosk.WaitForConfigAsync(c => c.Serial == 1, TimeSpan.FromSeconds(10));
        Assert.NotNull(first);

        var page = await companion.SignedInPageAsync(teacher, WebCompanion.TeacherPassword("modules-school"));
        await page.GotoAsync("/modules");
        Assert.Contains("Baan Suan School", await page.Locator("p.lead").InnerTextAsync());
        // No choice yet: everything is on. Switch two modules off.
        Assert.Equal(TestCurriculum.Modules.Count, await page.Locator("ul.toggles input:checked").CountAsync());
        await page.Locator("#m-under9-screen-time").UncheckAsync();
        await page.Locator("#m-parents-talk-and-listen").UncheckAsync();
        await page.ClickAsync("form.modules-form button[type=submit]");
        Assert.Contains("1", await page.Locator("p.alert.success").InnerTextAsync());

        var changed = await kiosk.WaitForConfigAsync(c => c.Serial == 2, TimeSpan.FromSeconds(10));
        Assert.NotNull(changed);
        var expected = TestCurriculum.Modules.Select(m => $"{m.Audience}.{m.Folder}")
            .Where(id => id is not "under9.screen-time" and not "parents.talk-and-listen").Order(StringComparer.Ordinal);
        Assert.Equal(expected, changed.EnabledModuleIds.Order(StringComparer.Ordinal));
        Assert.Equal("modules-school", changed.GroupId);

        // The kiosk applies it and says so; the open page shows it following.
        var follower = page.Locator("li[data-kiosk='k-modules-01']");
        Assert.Equal("false", await follower.GetAttributeAsync("data-applied"));
        await kiosk.PublishOnlineAsync(appliedConfigSerial: 2, modules: changed.EnabledModuleIds);
        await Assertions.Expect(follower).ToHaveAttributeAsync("data-applied", "true", new() { Timeout = 15_000 });
        await companion.ScreenshotAsync(page, "modules");

        await page.GotoAsync("/kiosks/k-modules-01");
        Assert.Contains("removed: under9.screen-time, parents.talk-and-listen", await page.Locator("ol.timeline li.schoolchange").InnerTextAsync());
    }

    [Fact]
    public async Task A_teacher_pin_change_keeps_the_schools_module_choice_in_the_new_config()
    {
        await companion.CreateSchoolAsync("pin-school", "Pin Change School");
        var teacher = await companion.CreateTeacherAsync("pin-school");
        await using var kiosk = await companion.ConnectKioskAsync("k-pin-01", "pin-school");
        Assert.NotNull(await kiosk.WaitForConfigAsync(c => c.Serial == 1, TimeSpan.FromSeconds(10)));

        var page = await companion.SignedInPageAsync(teacher, WebCompanion.TeacherPassword("pin-school"));
        await page.GotoAsync("/modules");
        await page.Locator("#m-under9-screen-time").UncheckAsync();
        await page.ClickAsync("form.modules-form button[type=submit]");
        var chosen = await kiosk.WaitForConfigAsync(c => c.Serial == 2, TimeSpan.FromSeconds(10));
        Assert.NotNull(chosen);
        Assert.DoesNotContain("under9.screen-time", chosen.EnabledModuleIds);

        // Staff set a new teacher PIN for one kiosk and for the whole school through the API.
        (await companion.Api.PutAsJsonAsync("/api/kiosks/k-pin-01/pin", new ChangePinRequest("482913"))).EnsureSuccessStatusCode();
        var afterKioskPin = await kiosk.WaitForConfigAsync(c => c.Serial == 3, TimeSpan.FromSeconds(10));
        Assert.NotNull(afterKioskPin);
        Assert.NotEqual(chosen.PinHash, afterKioskPin.PinHash);
        Assert.Equal(chosen.EnabledModuleIds.Order(StringComparer.Ordinal), afterKioskPin.EnabledModuleIds.Order(StringComparer.Ordinal));

        (await companion.Api.PutAsJsonAsync("/api/groups/pin-school/pin", new ChangePinRequest("175390"))).EnsureSuccessStatusCode();
        var afterSchoolPin = await kiosk.WaitForConfigAsync(c => c.Serial == 4, TimeSpan.FromSeconds(10));
        Assert.NotNull(afterSchoolPin);
        Assert.Equal(chosen.EnabledModuleIds.Order(StringComparer.Ordinal), afterSchoolPin.EnabledModuleIds.Order(StringComparer.Ordinal));
    }
}
