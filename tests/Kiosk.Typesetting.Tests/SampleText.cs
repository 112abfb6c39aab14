namespace Kiosk.Typesetting.Tests;

/// <summary>Short child-safety sentences, written for these tests, in every kiosk language.</summary>
internal static class SampleText
{
    public const string English =
        "Ask a trusted adult for help if something online makes you feel scared or upset. You can always say no, and it is never your fault.";

    // Stacked marks: ผู้ (below vowel + tone), ที่ (above vowel + tone), ใหญ่, รู้สึก.
    public const string Thai =
        "ถ้ามีอะไรในอินเทอร์เน็ตทำให้เธอรู้สึกกลัว ให้บอกผู้ใหญ่ที่เธอไว้ใจทันที อย่าส่งรูปของตัวเองให้คนแปลกหน้าที่เพิ่งรู้จักกันทางออนไลน์";

    // Conjuncts (क्ष, स्व, न्ह), reph (र्म), and many matras.
    public const string Hindi =
        "अपनी सुरक्षा के लिए किसी भरोसेमंद बड़े से बात करो, इसमें शर्म की कोई बात नहीं। अपनी तस्वीरें और पासवर्ड अजनबियों को कभी मत भेजो, चाहे वे कितने भी अच्छे लगें।";

    // Coeng subscripts (ស្ស, ខ្លា, ធ្វើ, ប្រា) and dependent vowels.
    public const string Khmer =
        "បើមានអ្វីមួយនៅលើអ៊ីនធឺណិតធ្វើឲ្យអ្នកភ័យខ្លាច សូមប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត។ កុំផ្ញើរូបថតរបស់អ្នកទៅមនុស្សចម្លែក។";

    public const string Arabic =
        "اطلب المساعدة من شخص بالغ تثق به إذا أزعجك شيء على الإنترنت. لا تشارك صورك أو كلمة المرور مع الغرباء أبدا.";

    // Digits and a Latin word inside right-to-left text.
    public const string ArabicWithNumberAndLatin = "في عام 2024 لا تعط كلمة مرور WiFi لأي غريب.";

    public const string Urdu =
        "اگر آن لائن کوئی بات آپ کو پریشان کرے تو کسی بڑے سے فوراً مدد مانگیں۔";

    public const string Swahili =
        "Ukiona jambo linalokutisha mtandaoni, mwambie mtu mzima unayemwamini. Usimpe mgeni nywila yako, hata kama anaonekana mwema.";

    public const string Spanish =
        "Pide ayuda a un adulto de confianza si algo en internet te hace sentir mal. ¡Tienes derecho a decir que no!";

    public const string French =
        "Demande de l'aide à un adulte de confiance si quelque chose en ligne te met mal à l'aise. Tu as le droit de dire non.";

    /// <summary>(language tag, text) for the eight kiosk languages.</summary>
    public static readonly (string Language, string Text)[] KioskLanguages =
    [
        ("en", English),
        ("th", Thai),
        ("hi", Hindi),
        ("ar", Arabic),
        ("km", Khmer),
        ("sw", Swahili),
        ("es", Spanish),
        ("fr", French),
    ];
}
