namespace Kiosk.Companion.Web;

/// <summary>
/// Headers every response carries. The policy allows scripts, styles, images and requests from
/// this server only, with no inline script or style: a value that slipped past Razor's escaping
/// still could not run. Framing is refused (clickjacking), types are not sniffed, and addresses
/// (which hold kiosk ids and preview ids) are not sent to other sites.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        return next(context);
    });
}
