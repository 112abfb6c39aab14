using SkiaSharp;

namespace Kiosk.Typesetting.Tests;

/// <summary>
/// Writes a PNG per language (320 px wide, the small kiosk screen) under the test output folder's
/// samples/ for people to look at; the assertions check the pictures hold the text.
/// </summary>
public sealed class SamplePictureTests
{
    [Fact]
    public void WritesOnePicturePerLanguage()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        var samples = SampleText.KioskLanguages
            .Append(("ur", SampleText.Urdu))
            .Append(("ar-mixed", SampleText.ArabicWithNumberAndLatin));
        foreach (var (name, text) in samples)
        {
            var language = name.Split('-')[0];
            var style = new TextStyle(20, FontWeight.Regular, 0xFF1A1A2E, 1.6f, TextAlignment.Start);
            var laidOut = TestFonts.Layout.Layout(text, language, style, 320, 240);
            using var bitmap = TextRasterizer.Rasterize(laidOut, SKColors.White);
            var path = Path.Combine(folder, $"{name}.png");
            TextRasterizer.SavePng(bitmap, path);

            Assert.False(laidOut.Overflow, $"{name} does not fit 320x240 at 20 px");
            using var decoded = SKBitmap.Decode(path);
            Assert.Equal(320, decoded.Width);
            Assert.Equal(240, decoded.Height);
            Assert.True(laidOut.InkBounds.Height > 40, $"{name}: text covers only {laidOut.InkBounds.Height} px");
        }
    }
}
