namespace Kiosk.Companion.Web.Chrome;

/// <summary>A language of the staff pages' chrome (menus, headings, buttons), not of lessons.</summary>
public sealed record ChromeLanguage(string Code, string NativeName, bool RightToLeft)
{
    public const string CookieName = "kc-ui-lang";

    public static readonly ChromeLanguage English = new("en", "English", false);

    public static readonly IReadOnlyList<ChromeLanguage> All =
    [
        English,
        new("fr", "Français", false),
        new("ar", "العربية", true),
    ];

    public static ChromeLanguage Find(string? code) => All.FirstOrDefault(l => l.Code == code) ?? English;
}
