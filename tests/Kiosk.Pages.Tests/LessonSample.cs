using Kiosk.Content;
using Kiosk.Content.Packaging;
using Kiosk.Protocol.Content;
using Kiosk.Typesetting;

namespace Kiosk.Pages.Tests;

/// <summary>
/// Compiles curriculum modules into a <see cref="SampleBundle"/> roughly as the curriculum
/// compiler will (page title over the body, illustration beside it, a page continued when the
/// text does not fit; a question page with answer buttons and one feedback page per answer),
/// to measure real sizes and render costs. It is a yardstick, not the compiler.
/// </summary>
internal static class LessonSample
{
    public static readonly Lazy<Curriculum> Curriculum =
        new(() => CurriculumLoader.Load(Path.Combine(TestContent.RepositoryRoot, "companion", "curriculum")));

    public static ModuleRecord Compile(SampleBundle sample, Module module)
    {
        var lesson = module.Lesson;
        var pages = new List<int>();
        foreach (var page in lesson.Pages)
        {
            string? art = page.Art == null ? null : File.ReadAllText(Path.Combine(module.Directory, page.Art));
            pages.AddRange(AddTextPages(sample, page.Title.Text, page.Body.Text, art));
        }
        var questions = new List<QuestionRecord>();
        foreach (var question in lesson.Quiz.Questions)
        {
            var choices = question.Choices.Select(choice => new ChoiceRecord
            {
                LabelBlock = sample.Writer.Text.Add(sample.Block(choice.Text.Text, sample.Button, 92, 48, sample.Theme.AccentText, sample.Theme.Accent)),
                Correct = choice == question.CorrectChoice,
                FeedbackPage = AddTextPages(sample, null, choice.Feedback?.Text ?? "", null)[0],
            }).ToArray();
            // The answer buttons take one row of touch targets at the bottom of the content area.
            int questionPage = AddTextPages(sample, null, question.Text.Text, null, reserveBottom: sample.Profile.MinTouchTargetPx + sample.Profile.Margin)[0];
            questions.Add(new QuestionRecord { Page = questionPage, Choices = choices });
        }
        return new ModuleRecord
        {
            Id = module.KeyPrefix.Replace('/', '.'),
            Audience = module.Audience is "parents" or "teachers" ? 1 : 0,
            AgeBand = module.Audience switch { "under9" => 1, "age9to12" => 2, "age13to17" => 3, _ => 0 },
            TitleBlock = sample.Writer.Text.Add(sample.Block(lesson.Title.Text, sample.Title, 220, 40, sample.Theme.BarText, sample.Theme.BarBackground)),
            Pages = [.. pages],
            Questions = [.. questions],
        };
    }

    /// <summary>A page with an optional title, body text and illustration; continues on new pages while text remains.</summary>
    public static List<int> AddTextPages(SampleBundle sample, string? title, string body, string? svg, int reserveBottom = 0)
    {
        var content = sample.Content;
        int margin = sample.Profile.Margin;
        var ids = new List<int>();
        string remaining = body.Length == 0 ? " " : body;
        bool first = true;
        while (remaining.Length > 0)
        {
            var items = new List<PageItem>();
            int y = margin;
            if (first && title != null)
            {
                var titleText = sample.Writer.Text.Add(sample.Block(title, sample.Title, content.Width - (2 * margin), 32, sample.Theme.Text, sample.Theme.PageBackground));
                items.Add(new TextItem(margin, y, titleText));
                y += 32;
            }
            int textWidth = content.Width - (2 * margin);
            if (first && svg != null)
            {
                int artWidth = (content.Width - (3 * margin)) * 2 / 5;
                int artHeight = artWidth * 3 / 4;
                textWidth -= artWidth + margin;
                using var art = SvgArt.Render(svg, artWidth, artHeight, Bgr565.ToColor((ushort)sample.Theme.PageBackground));
                int artX = sample.RightToLeft ? margin : content.Width - margin - artWidth;
                items.Add(new ImageItem(artX, y, sample.Writer.Images.Add(art)));
            }
            var laidOut = TestContent.Layout.Layout(remaining, sample.Language, sample.Body, textWidth, content.Height - y - margin - reserveBottom);
            if (laidOut.FittedLength == 0)
            {
                throw new InvalidOperationException("Not even one line fits.");
            }
            int textX = first && svg != null && sample.RightToLeft ? content.Width - margin - textWidth : margin;
            items.Add(new TextItem(textX, y, sample.Writer.Text.Add(laidOut, (ushort)sample.Theme.Text, (ushort)sample.Theme.PageBackground)));
            ids.Add(sample.Writer.Pages.Add(new ContentPage(content.Width, content.Height, (ushort)sample.Theme.PageBackground, items)));
            remaining = remaining[laidOut.FittedLength..].TrimStart();
            first = false;
        }
        return ids;
    }

    /// <summary>Bytes of every section together.</summary>
    public static int Size(SampleBundle sample) => sample.Writer.Sections().Values.Sum(bytes => bytes.Length);
}
