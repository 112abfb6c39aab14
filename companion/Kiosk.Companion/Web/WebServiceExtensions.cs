using Kiosk.Companion.Provisioning;
using Kiosk.Companion.Web.Auth;
using Kiosk.Companion.Web.Chrome;
using Kiosk.Companion.Web.Fleet;
using Kiosk.Companion.Web.Modules;
using Kiosk.Companion.Web.Preview;
using Kiosk.Companion.Web.Reports;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Kiosk.Companion.Web;

public static class WebServiceExtensions
{
    /// <summary>
    /// The staff web UI: Razor Pages under Web/Pages behind a cookie scheme of their own (the
    /// API keeps its bearer tokens). The schools' module choices are what every signed config
    /// offers (<see cref="IGroupModuleChoice"/>).
    /// </summary>
    public static IHostApplicationBuilder AddWebUi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.Section));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<StaffUserStore>();
        builder.Services.AddHostedService<AdminUserBootstrap>();
        builder.Services.AddSingleton<ModuleCatalog>();
        builder.Services.AddSingleton<SchoolModuleStore>();
        builder.Services.AddSingleton<IGroupModuleChoice>(services => services.GetRequiredService<SchoolModuleStore>());
        builder.Services.AddSingleton<SchoolConfigPublisher>();
        builder.Services.AddSingleton<QuestionAccuracyReport>();
        builder.Services.AddSingleton<KioskHistory>();
        builder.Services.AddSingleton<KioskEnrolments>();
        builder.Services.AddSingleton<PreviewContent>();
        builder.Services.AddSingleton<PreviewSessions>();
        builder.Services.AddScoped<ChromeText>();

        builder.Services.AddAuthentication().AddCookie(WebPolicies.CookieScheme, cookie =>
        {
            cookie.LoginPath = "/signin";
            cookie.LogoutPath = "/signout";
            cookie.AccessDeniedPath = "/denied";
            cookie.Cookie.Name = "kc-staff";
            cookie.Cookie.HttpOnly = true;
            // Strict: a page on another site cannot even send the session along with a form.
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(WebPolicies.SignedIn, policy => policy.AddAuthenticationSchemes(WebPolicies.CookieScheme).RequireAuthenticatedUser())
            .AddPolicy(WebPolicies.ProgramStaff, policy => policy.AddAuthenticationSchemes(WebPolicies.CookieScheme)
                .RequireRole(StaffRole.Admin, StaffRole.ProgramStaff))
            .AddPolicy(WebPolicies.Admin, policy => policy.AddAuthenticationSchemes(WebPolicies.CookieScheme).RequireRole(StaffRole.Admin));
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "kc-csrf";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Web/Pages";
            pages.Conventions.AuthorizeFolder("/", WebPolicies.SignedIn);
            pages.Conventions.AuthorizePage("/Content", WebPolicies.ProgramStaff);
            pages.Conventions.AuthorizePage("/Preview", WebPolicies.ProgramStaff);
            pages.Conventions.AuthorizePage("/Users", WebPolicies.Admin);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
        });
        return builder;
    }

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapRazorPages();
        app.MapPreviewApi();
        return app;
    }
}
