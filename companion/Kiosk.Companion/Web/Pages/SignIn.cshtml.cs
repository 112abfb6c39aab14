using Kiosk.Companion.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kiosk.Companion.Web.Pages;

public sealed class SignInModel(StaffUserStore users) : PageModel
{
    public bool Failed { get; private set; }

    public string? UserName { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        var user = string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password)
            ? null
            : await users.VerifyAsync(userName, password, cancellationToken);
        if (user is null)
        {
            Failed = true;
            UserName = userName;
            ReturnUrl = returnUrl;
            return Page();
        }
        await HttpContext.SignInAsync(WebPolicies.CookieScheme, StaffClaims.For(user, WebPolicies.CookieScheme));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
