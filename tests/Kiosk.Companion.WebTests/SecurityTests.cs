using System.Net;
using System.Text.RegularExpressions;
using Kiosk.Companion.WebTests.Infrastructure;
using Microsoft.Playwright;

namespace Kiosk.Companion.WebTests;

[Collection(WebCollection.Name)]
public sealed partial class SecurityTests(WebCompanion companion)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/kiosks/k-any")]
    [InlineData("/reports")]
    [InlineData("/reports?handler=Csv&chart=weekly")]
    [InlineData("/modules")]
    [InlineData("/content")]
    [InlineData("/users")]
    public async Task Pages_send_the_unauthenticated_to_sign_in(string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(companion.BaseUrl) };
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_refuses_a_signed_in_browser_without_a_bearer_token()
    {
        var page = await companion.SignedInPageAsync(WebCompanion.AdminUser, WebCompanion.AdminPassword);
        var response = await page.APIRequest.GetAsync("/api/kiosks");
        Assert.Equal(401, response.Status);
        var cookies = await page.Context.CookiesAsync();
        var session = cookies.Single(c => c.Name == "kc-staff");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
    }

    [Fact]
    public async Task A_form_posted_from_another_site_is_refused()
    {
        await companion.CreateSchoolAsync("csrf-school", "Harbour School");
        var teacher = await companion.CreateTeacherAsync("csrf-school");
        var page = await companion.SignedInPageAsync(teacher, WebCompanion.TeacherPassword("csrf-school"));

        // A page on another origin (localhost instead of 127.0.0.1) with a form aimed at the companion.
        var evil = companion.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        await page.RouteAsync(evil + "/evil", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = $"<form id=f method=post action='{companion.BaseUrl}/modules'><input name=modules value=under9.right-to-play></form>",
        }));
        await page.GotoAsync(evil + "/evil");
        var posted = await page.RunAndWaitForResponseAsync(() => page.EvaluateAsync("document.getElementById('f').submit()"), r => r.Url.Contains("/modules", StringComparison.Ordinal));
        // The strict session cookie stayed home, so the companion treats the post as anonymous.
        Assert.Equal(302, posted.Status);
        await page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));

        // The same post with the session but no antiforgery token, from the page's own origin, fails too.
        var sameSite = await page.APIRequest.PostAsync(companion.BaseUrl + "/modules", new() { Form = page.APIRequest.CreateFormData().Append("modules", "under9.right-to-play") });
        Assert.Equal(400, sameSite.Status);

        await page.GotoAsync(companion.BaseUrl + "/modules");
        Assert.Equal(TestCurriculum.Modules.Count, await page.Locator("ul.toggles input:checked").CountAsync());
    }

    [Fact]
    public async Task Lesson_titles_with_markup_render_as_text()
    {
        var page = await companion.SignedInPageAsync(WebCompanion.StaffUser, WebCompanion.StaffPassword);
        await page.GotoAsync("/content");
        var title = page.Locator($"li[data-module='{TestCurriculum.MarkupModule}'] .lesson-title");
        Assert.Equal(TestCurriculum.MarkupTitle, await title.InnerTextAsync());
        Assert.Equal(0, await title.Locator("b, script, img").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("window.pwned"));

        await page.GotoAsync("/modules");
        Assert.Equal(TestCurriculum.MarkupTitle, await page.Locator("#m-age9to12-markup + label .module-title").InnerTextAsync());
        Assert.Null(await page.EvaluateAsync<int?>("window.pwned"));
        Assert.Matches(EscapedScript(), await page.ContentAsync());
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/css/site.css")]
    [InlineData("/js/site.js")]
    [InlineData("/healthz")]
    public async Task Responses_carry_a_strict_content_security_policy_and_the_other_security_headers(string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(companion.BaseUrl) };
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Every_page_works_under_the_policy_without_a_single_violation()
    {
        var page = await companion.SignedInPageAsync(WebCompanion.AdminUser, WebCompanion.AdminPassword);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: {error}");
        foreach (var path in new[] { "/", "/content", "/reports", "/modules", "/users" })
        {
            var response = await page.GotoAsync(path);
            Assert.Contains("frame-ancestors 'none'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        }
        // The language switch is scripted (site.js): it still works under the policy.
        await page.GotoAsync("/reports");
        await page.SelectOptionAsync("#ui-lang", "fr");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await page.SelectOptionAsync("#ui-lang", "en");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Empty(problems);

        // The listener hears violations: an inline handler slipped into the page is refused and reported.
        await page.EvaluateAsync("document.body.insertAdjacentHTML('beforeend', '<img src=\"/missing.png\" onerror=\"window.injected = 1\">')");
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(problems.Any(p => p.Contains("Content Security Policy", StringComparison.Ordinal)))), string.Join("\n", problems));
        Assert.Null(await page.EvaluateAsync<int?>("window.injected"));
    }

    [GeneratedRegex("&lt;script&gt;window.pwned = 1&lt;/script&gt;")]
    private static partial Regex EscapedScript();
}
