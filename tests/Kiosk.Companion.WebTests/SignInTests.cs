using Kiosk.Companion.WebTests.Infrastructure;
using Microsoft.Playwright;

namespace Kiosk.Companion.WebTests;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebCompanion companion)
{
    [Fact]
    public async Task Admin_signs_in_and_adds_a_teacher_who_then_signs_in_with_a_teacher_menu()
    {
        await companion.CreateSchoolAsync("signin-school", "Riverside Primary");
        var admin = await companion.SignedInPageAsync(WebCompanion.AdminUser, WebCompanion.AdminPassword);
        Assert.Equal(1, await admin.Locator("nav.main-nav a[href='/users']").CountAsync());

        await admin.GotoAsync("/users");
        await admin.FillAsync("#new-user", "ms-amal");
        await admin.FillAsync("#new-password", "a-long-teacher-password");
        await admin.SelectOptionAsync("#new-role", "teacher");
        await admin.SelectOptionAsync("#new-school", "signin-school");
        await admin.ClickAsync("form.stack button[type=submit]");
        Assert.Contains("ms-amal", await admin.Locator("p.alert.success").InnerTextAsync());
        Assert.Equal("Riverside Primary", (await admin.Locator("tr[data-user='ms-amal'] td").Nth(1).InnerTextAsync()).Trim());
        await companion.ScreenshotAsync(admin, "users");

        var teacher = await companion.SignedInPageAsync("ms-amal", "a-long-teacher-password");
        var menu = await teacher.Locator("nav.main-nav a").AllInnerTextsAsync();
        Assert.Equal(["Fleet", "Reports", "Modules"], menu.Select(m => m.Trim()).ToArray());
    }

    [Fact]
    public async Task Program_staff_see_content_but_not_users()
    {
        var staff = await companion.SignedInPageAsync(WebCompanion.StaffUser, WebCompanion.StaffPassword);
        var menu = (await staff.Locator("nav.main-nav a").AllInnerTextsAsync()).Select(m => m.Trim()).ToArray();
        Assert.Equal(["Fleet", "Content", "Reports", "Modules"], menu);

        var response = await staff.GotoAsync("/users");
        Assert.Contains("/denied", response!.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var page = await companion.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#userName", WebCompanion.AdminUser);
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("form.stack button[type=submit]");
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("p.alert.error").IsVisibleAsync());
        await companion.ScreenshotAsync(page, "signin-failed");
    }
}
