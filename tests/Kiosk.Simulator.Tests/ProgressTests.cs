using Kiosk.Firmware.Screens;
using Kiosk.Protocol.Content;
using Kiosk.Simulator.Tests.Fixtures;

namespace Kiosk.Simulator.Tests;

public sealed class ProgressTests(ITestOutputHelper output)
{
    /// <summary>
    /// Lesson pages say "2 of 6" in the language's own words and digits: the bundle carries the
    /// template, and with the largest numbers of any lesson it fits between back and next (the
    /// kiosk falls back to two bare numbers only when it would not).
    /// </summary>
    [Theory]
    [InlineData("320x240")]
    [InlineData("480x320")]
    public void Every_language_writes_lesson_progress_in_its_own_words_between_back_and_next(string profile)
    {
        using var kiosk = new KioskHarness(profile);
        foreach (var language in kiosk.Ui.Languages.Select(view => view.Language).ToList())
        {
            Flow.ToLesson(kiosk, language);
            kiosk.Tap(TargetAction.Next);
            var view = kiosk.Ui.View!;
            var template = view.Labels.PageProgress;
            Assert.NotNull(template);
            Assert.Contains(NumberTemplate.SegmentText, template.Kinds);
            Assert.Equal([0, 1], template.Kinds.Select((kind, i) => (kind, i)).Where(s => s.kind == NumberTemplate.SegmentNumber)
                .Select(s => template.Values[s.i]).Order());

            File.WriteAllBytes(Path.Combine(ScreenshotTests.Folder(profile + "-" + language), "lesson-page-2.png"), kiosk.Kiosk.Screenshot());
            int pages = view.Index.Modules.Max(module => module.Pages.Length);
            int width = Advance(view, template, pages, pages);
            kiosk.Ui.ProgressBox(out int x, out _, out int boxWidth, out _);
            output.WriteLine($"{profile} {language}: \"{pages} of {pages}\" is {width} px wide, the room between back and next {boxWidth} px.");
            Assert.True(width + 8 <= boxWidth, $"{language}: {width} px in a {boxWidth} px box");
            Assert.True(x >= 0 && x + boxWidth <= kiosk.Display.Width);
            kiosk.Ui.EndSession();
            kiosk.Turn();
        }
    }

    // The template's pen advance with both numbers filled in, from the bundle's own metrics.
    private static int Advance(LanguageView view, NumberTemplate template, int first, int second)
    {
        var block = new TextBlock();
        int width = 0;
        for (int s = 0; s < template.Kinds.Length; s++)
        {
            if (template.Kinds[s] == NumberTemplate.SegmentText)
            {
                view.Content.Text.ReadBlock(template.Values[s], block);
                width += block.Advance;
            }
            else
            {
                int value = template.Values[s] == 0 ? first : second;
                width += value.ToString(System.Globalization.CultureInfo.InvariantCulture).Sum(digit => view.Index.DigitAdvances[digit - '0']);
            }
        }
        return width;
    }
}
