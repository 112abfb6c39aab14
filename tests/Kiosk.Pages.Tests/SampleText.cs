namespace Kiosk.Pages.Tests;

/// <summary>Short child-safety sentences per kiosk language (the typesetting tests' samples).</summary>
internal static class SampleText
{
    public const string English =
        "Ask a trusted adult for help if something online makes you feel scared or upset. You can always say no.";

    public const string Thai =
        "ถ้ามีอะไรในอินเทอร์เน็ตทำให้เธอรู้สึกกลัว ให้บอกผู้ใหญ่ที่เธอไว้ใจทันที";

    public const string Hindi =
        "अपनी सुरक्षा के लिए किसी भरोसेमंद बड़े से बात करो, इसमें शर्म की कोई बात नहीं।";

    public const string Arabic =
        "اطلب المساعدة من شخص بالغ تثق به إذا أزعجك شيء على الإنترنت.";

    public const string Khmer =
        "បើមានអ្វីមួយនៅលើអ៊ីនធឺណិតធ្វើឲ្យអ្នកភ័យខ្លាច សូមប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត។";

    /// <summary>(language, top bar title, body, illustration module).</summary>
    public static readonly (string Language, string Title, string Text, string Art)[] Pages =
    [
        ("en", "Private eye", English, "age9to12/private-eye"),
        ("th", "ขอความช่วยเหลือ", Thai, "age9to12/help"),
        ("hi", "निजता", Hindi, "age13to17/privacy"),
        ("ar", "كن لطيفا", Arabic, "age9to12/be-nice"),
        ("km", "គ្រោះថ្នាក់", Khmer, "age9to12/danger"),
    ];
}
