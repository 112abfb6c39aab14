namespace Kiosk.Content.Tests;

public sealed class LanguageTests
{
    private static readonly Curriculum Shipped = CurriculumLoader.Load(CurriculumPaths.ShippedRoot);

    [Theory]
    [InlineData("en", 25, "25")]
    [InlineData("th", 25, "๒๕")]
    [InlineData("ar", 25, "٢٥")]
    [InlineData("km", 25, "២៥")]
    [InlineData("hi", 25, "25")]
    [InlineData("th", 0, "๐")]
    public void Numbers_use_the_language_digits(string code, int value, string expected)
    {
        var language = Shipped.Languages.Single(l => l.Code == code);
        Assert.Equal(expected, language.FormatNumber(value));
    }

    [Fact]
    public void Arabic_is_the_only_right_to_left_language()
    {
        Assert.Equal(["ar"], Shipped.Languages.Where(l => l.IsRightToLeft).Select(l => l.Code));
    }

    [Fact]
    public void Eight_languages_each_named_in_its_own_script()
    {
        Assert.Equal(["en", "th", "hi", "ar", "km", "sw", "es", "fr"], Shipped.Languages.Select(l => l.Code));
        Assert.Equal("ไทย", Shipped.Ui.LanguageNames["th"]);
        Assert.Equal("العربية", Shipped.Ui.LanguageNames["ar"]);
    }

    [Fact]
    public void Every_message_key_is_unique()
    {
        var keys = Shipped.Messages().Select(m => m.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
