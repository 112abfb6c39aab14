namespace Kiosk.Companion.Web.Chrome;

/// <summary>
/// The staff pages' words in the language chosen with the language switch (a cookie). A key
/// without a translation falls back to English, so a missing string is visible, not blank.
/// </summary>
public sealed class ChromeText(IHttpContextAccessor accessor)
{
    public ChromeLanguage Language { get; } = ChromeLanguage.Find(accessor.HttpContext?.Request.Cookies[ChromeLanguage.CookieName]);

    public string this[string key] => ChromeStrings.Lookup(Language.Code, key);

    public string Format(string key, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], values);
}
