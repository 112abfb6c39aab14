using Kiosk.Companion.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kiosk.Companion.Web.Pages;

/// <summary>Sign-out is a POST (with the antiforgery token), so a link elsewhere cannot sign anyone out.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebPolicies.CookieScheme);
        return Redirect("/signin");
    }
}
