using System.Globalization;

namespace Kiosk.Companion.Web.Reports;

/// <summary>
/// Bar lengths as CSS classes (share-0 to share-100 in site.css) instead of style attributes,
/// which the Content-Security-Policy forbids; whole percents are finer than a bar can show.
/// </summary>
public static class ShareClass
{
    public static string Of(double percent) =>
        "share-" + ((int)Math.Round(Math.Clamp(percent, 0, 100), MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
}
