using Kiosk.Content.Packaging;
using Kiosk.Protocol.Content;
using Kiosk.Typesetting;
using SkiaSharp;

namespace Kiosk.Pages.Tests;

/// <summary>Numbers the kiosk composes at run time from the bundle's digits.</summary>
public sealed class NumberTests
{
    [Theory]
    [InlineData("en", 305)]
    [InlineData("th", 2024)]
    [InlineData("ar", 17)]
    [InlineData("km", 90)]
    public void A_number_is_drawn_left_to_right_with_the_languages_digits(string language, int value)
    {
        var sample = new SampleBundle("320x240", language);
        int page = sample.AddQuizPage("?", "a", "b");
        sample.Finish("x", page, []);
        var content = sample.Open();
        var (display, renderer, scene) = SampleBundle.Screen(content, sample.Profile, 16);
        const int X = 40, Baseline = 120;
        scene.AddRect(0, 0, display.Width, display.Height, sample.Theme.PageBackground);
        scene.AddNumber(value, X, Baseline, sample.Theme.Text, sample.Theme.PageBackground);
        renderer.Render(scene);

        // Skia draws each digit shaped alone, at the pen positions the bundle's advances give.
        var reference = new ReferenceDrawing();
        string digits = SampleBundle.DigitsOf(language);
        string text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        int pen = X;
        foreach (char c in text)
        {
            int d = c - '0';
            var glyph = LayoutSnapper.Snap(TestContent.Layout.Layout(digits[d].ToString(), language, sample.Body, 100, 100));
            var line = glyph.Lines[0];
            reference.Glyphs(glyph, pen - line.Runs[0].X[0], Baseline - line.Baseline, (ushort)sample.Theme.Text);
            pen += content.Index.DigitAdvances[d];
        }
        Assert.Equal(pen - X, scene.MeasureNumber(value));
        using var expected = reference.Draw(display.Width, display.Height, (ushort)sample.Theme.PageBackground);
        var expectedFrame = Frames.ToFrame(expected);
        Frames.Save(Path.Combine(TestContent.OutputFolder("numbers"), $"{language}-{value}.png"), display.Frame, expectedFrame, display.Width, display.Height);
        var area = SKRectI.Create(X - 10, Baseline - 40, pen - X + 20, 60);
        Assert.True(Frames.MeanAbsoluteDifference(display.Frame, expectedFrame, display.Width, area) < 2.0);
        Assert.Contains(display.Frame, pixel => pixel != sample.Theme.PageBackground);
    }

    [Fact]
    public void A_template_lays_out_text_and_numbers_in_visual_order()
    {
        var sample = new SampleBundle("320x240", "en");
        int page = sample.AddQuizPage("?", "a", "b");
        int question = sample.Writer.Text.Add(sample.Block("Question ", sample.Body, 100, 30, sample.Theme.Text, sample.Theme.PageBackground));
        int of = sample.Writer.Text.Add(sample.Block(" of ", sample.Body, 40, 30, sample.Theme.Text, sample.Theme.PageBackground));
        sample.Finish("English", page, [("quiz.progress", question)]);
        sample.Writer.Index.Templates =
        [
            new NumberTemplate
            {
                LabelId = "quiz.progress",
                Kinds = [NumberTemplate.SegmentText, NumberTemplate.SegmentNumber, NumberTemplate.SegmentText, NumberTemplate.SegmentNumber],
                Values = [question, 0, of, 1],
            },
        ];
        var content = sample.Open();
        var (display, renderer, scene) = SampleBundle.Screen(content, sample.Profile, 16);
        scene.AddRect(0, 0, display.Width, display.Height, sample.Theme.PageBackground);
        var template = content.Index.FindTemplate("quiz.progress");
        Assert.NotNull(template);
        int width = scene.AddTemplate(template, 10, 10, 2, 5);
        renderer.Render(scene);

        var questionBlock = new TextBlock();
        content.Text.ReadBlock(question, questionBlock);
        var ofBlock = new TextBlock();
        content.Text.ReadBlock(of, ofBlock);
        Assert.Equal(questionBlock.Advance + ofBlock.Advance + scene.MeasureNumber(2) + scene.MeasureNumber(5), width);
        Assert.Equal(5, scene.Count);
        // Ink right of the "Question " block where the first number is: the digit was drawn there.
        int digitX = 10 + questionBlock.Advance;
        bool inked = false;
        for (int y = 10; y < 40; y++)
        {
            for (int x = digitX; x < digitX + scene.MeasureNumber(2); x++)
            {
                inked |= display.At(x, y) != sample.Theme.PageBackground;
            }
        }
        Assert.True(inked);
    }
}
