using Kiosk.Companion.Web.Chrome;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kiosk.Companion.Web.Pages;

/// <summary>Switches the chrome language (a year-long cookie) and returns to the page it came from.</summary>
[AllowAnonymous]
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? code, string? returnUrl)
    {
        var language = ChromeLanguage.Find(code);
        Response.Cookies.Append(ChromeLanguage.CookieName, language.Code, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            SameSite = SameSiteMode.Strict,
            HttpOnly = true,
            IsEssential = true,
        });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
