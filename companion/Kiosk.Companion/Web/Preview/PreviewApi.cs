using System.Globalization;
using Kiosk.Companion.Web.Auth;
using Microsoft.AspNetCore.Antiforgery;

namespace Kiosk.Companion.Web.Preview;

/// <summary>
/// What the preview page's script talks to: the screen as PNG (with a version, so an unchanged
/// screen costs a 204) and touches from clicks. Only the preview's owner gets an answer; a touch
/// also needs the page's antiforgery token, like every form here.
/// </summary>
public static class PreviewApi
{
    public const string VersionHeader = "X-Frame-Version";
    public const string ScreenHeader = "X-Kiosk-Screen";

    public static IEndpointRouteBuilder MapPreviewApi(this IEndpointRouteBuilder app)
    {
        var preview = app.MapGroup("/preview/{id}").RequireAuthorization(WebPolicies.ProgramStaff).ExcludeFromDescription();
        preview.MapGet("/screen.png", Screen);
        preview.MapPost("/touch", TouchAsync);
        return app;
    }

    private static IResult Screen(string id, long? since, HttpContext http, PreviewSessions sessions)
    {
        if (sessions.Find(id, http.User.Identity!.Name!) is not { } session)
        {
            return Results.NotFound();
        }
        var kiosk = session.Kiosk;
        byte[] png;
        lock (kiosk.Sync)
        {
            if (since == kiosk.Display.Version)
            {
                return Results.NoContent();
            }
            http.Response.Headers[VersionHeader] = kiosk.Display.Version.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers[ScreenHeader] = kiosk.Ui.Screen.ToString();
            png = kiosk.Screenshot();
        }
        http.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(png, "image/png");
    }

    private static async Task<IResult> TouchAsync(string id, int x, int y, bool pressed, HttpContext http, IAntiforgery antiforgery, PreviewSessions sessions)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }
        if (sessions.Find(id, http.User.Identity!.Name!) is not { } session)
        {
            return Results.NotFound();
        }
        var kiosk = session.Kiosk;
        if (x < 0 || y < 0 || x >= kiosk.Display.Width || y >= kiosk.Display.Height)
        {
            return Results.BadRequest();
        }
        if (pressed)
        {
            kiosk.Touch.Press(x, y);
        }
        else
        {
            kiosk.Touch.Release();
        }
        return Results.NoContent();
    }
}
