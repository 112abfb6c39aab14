using Kiosk.Content.Compilation;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Content;

namespace Kiosk.Content.Tests.Compilation;

public sealed class CurriculumCompilerTests(CompiledCurriculum compiled) : IClassFixture<CompiledCurriculum>
{
    private const int LessonBudget = 40 * 1024;
    private const int LanguageBudget = 1024 * 1024;

    [Fact]
    public void Every_language_builds_for_both_profiles()
    {
        Assert.Equal(["320x240", "480x320"], compiled.Profiles.Select(p => p.Id));
        Assert.Equal(compiled.Languages.Count * 2, compiled.Bundles.Count);
        foreach (var bundle in compiled.Bundles)
        {
            Assert.Equal($"{bundle.Language}-{bundle.ProfileId}", bundle.BundleId);
        }
    }

    [Fact]
    public void Every_bundle_opens_with_the_public_key_and_all_chunks_verify()
    {
        foreach (var compiledBundle in compiled.Bundles)
        {
            var bundle = Bundle.Open(new ByteArrayStorage(compiledBundle.Bytes), compiled.Key.PublicKey);
            bundle.VerifyAllChunks();
            Assert.Equal(compiledBundle.BundleId, bundle.Manifest.BundleId);
            Assert.Equal(7u, bundle.Manifest.Version);
            Assert.Equal(compiledBundle.Language, bundle.Manifest.Language);
            Assert.Equal(compiledBundle.ProfileId, bundle.Manifest.Profile);
        }
    }

    [Fact]
    public void The_index_lists_every_module_in_menu_order_with_its_quiz()
    {
        foreach (var compiledBundle in compiled.Bundles)
        {
            var content = Open(compiledBundle);
            var modules = compiled.Curriculum.Modules;
            Assert.Equal(modules.Select(m => $"{m.Audience}.{m.Id}"), content.Index.Modules.Select(m => m.Id));
            for (int i = 0; i < modules.Count; i++)
            {
                var record = content.Index.Modules[i];
                var lesson = modules[i].Lesson;
                Assert.True(record.Pages.Length >= lesson.Pages.Count, $"{record.Id}: fewer pages than the source");
                Assert.Equal(lesson.Quiz.Questions.Count, record.Questions.Length);
                for (int q = 0; q < record.Questions.Length; q++)
                {
                    var question = lesson.Quiz.Questions[q];
                    var choices = record.Questions[q].Choices;
                    Assert.Equal(question.Choices.Select(c => c == question.CorrectChoice), choices.Select(c => c.Correct));
                    Assert.Equal(choices.Length, choices.Select(c => c.FeedbackPage).Distinct().Count());
                }
                bool isChild = modules[i].Audience is Audience.Under9 or Audience.Age9To12 or Audience.Age13To17;
                Assert.Equal(isChild, record.AgeBand != 0);
                Assert.Equal(isChild, record.Audience == 0);
            }
        }
    }

    [Fact]
    public void Lessons_and_languages_stay_within_their_size_budgets()
    {
        foreach (var bundle in compiled.Bundles)
        {
            Assert.True(bundle.Bytes.Length <= LanguageBudget, $"{bundle.BundleId} is {bundle.Bytes.Length} bytes");
            Assert.Equal(compiled.Curriculum.Modules.Count, bundle.Lessons.Count);
            foreach (var lesson in bundle.Lessons)
            {
                Assert.True(lesson.Bytes is > 0 and <= LessonBudget, $"{bundle.BundleId} {lesson.ModuleId} is {lesson.Bytes} bytes");
            }
            // Lessons are charged what they add to the sections, so together they stay below the bundle.
            Assert.True(bundle.Lessons.Sum(l => l.Bytes) < bundle.Bytes.Length);
        }
    }

    [Fact]
    public void Drafts_are_marked_in_the_manifest_and_with_a_visible_label()
    {
        foreach (var compiledBundle in compiled.Bundles)
        {
            bool draft = compiledBundle.Language != "en";
            var bundle = Bundle.Open(new ByteArrayStorage(compiledBundle.Bytes), compiled.Key.PublicKey);
            Assert.Equal(draft, bundle.Manifest.Draft);
            Assert.Equal(draft, compiledBundle.Draft);
            Assert.Equal(draft, ContentBundle.Open(bundle).Index.TryGetLabel(CurriculumCompiler.DraftNoticeLabel, out _));
        }
    }

    [Fact]
    public void The_same_sources_build_byte_identical_bundles()
    {
        using var fonts = Kiosk.Typesetting.FontSet.LoadDefault();
        var again = new CurriculumCompiler(CurriculumLoader.Load(CurriculumPaths.ShippedRoot), fonts, compiled.Profiles, DeploymentOptions.Demo);
        foreach (var (language, profile) in new[] { ("th", "320x240"), ("ar", "480x320") })
        {
            var target = again.Targets([language], [profile]).Single();
            var rebuilt = again.Compile(target.Language, target.Profile, compiled.Key, 7);
            Assert.Equal(compiled.Bundle(language, profile).Bytes, rebuilt.Bytes);
        }
    }

    [Fact]
    public void Arabic_pages_are_mirrored()
    {
        // The first lesson page with art: the picture is on the right in English, on the left in Arabic.
        var english = ArtPage(Open(compiled.Bundle("en", "320x240")));
        var arabic = ArtPage(Open(compiled.Bundle("ar", "320x240")));
        Assert.True(english.ImageX > english.TextX);
        Assert.True(arabic.ImageX < arabic.TextX);
        Assert.True(Open(compiled.Bundle("ar", "320x240")).Index.RightToLeft);
    }

    [Fact]
    public void Thai_and_Khmer_lines_end_only_at_word_boundaries()
    {
        var checkedLines = 0;
        foreach (var text in compiled.LaidOut.Where(t => t.Language is "th" or "km"))
        {
            var boundaries = WordBoundaries(text.Language, text.Text);
            foreach (var line in text.Lines.Where(l => !l.IsWordBroken))
            {
                int end = line.TextStart + line.TextLength;
                Assert.True(boundaries.Contains(end), $"{text.Language}: line ends inside a word at {end} of '{text.Text}'");
                checkedLines++;
            }
        }
        Assert.True(checkedLines > 100, $"only {checkedLines} Thai and Khmer lines were checked");
        Assert.Contains(compiled.LaidOut, t => t.Language == "th" && t.Text.Any(c => c is >= '\u0E00' and <= '\u0E7F'));
        Assert.Contains(compiled.LaidOut, t => t.Language == "km" && t.Text.Any(c => c is >= '\u1780' and <= '\u17FF'));
    }

    [Fact]
    public void The_language_digits_go_into_the_bundle()
    {
        var latin = Open(compiled.Bundle("en", "320x240"));
        var thai = Open(compiled.Bundle("th", "320x240"));
        var one = new GlyphEntry();
        var thaiOne = new GlyphEntry();
        latin.Glyphs.ReadEntry(latin.Index.DigitEntries[1], one);
        thai.Glyphs.ReadEntry(thai.Index.DigitEntries[1], thaiOne);
        Assert.NotEqual((one.Width, one.Height), (thaiOne.Width, thaiOne.Height));
        Assert.NotNull(thai.Index.FindTemplate("quiz.progress"));
        Assert.Equal(2, thai.Index.FindTemplate("quiz.progress").Kinds.Count(k => k == NumberTemplate.SegmentNumber));
    }

    private ContentBundle Open(CompiledBundle compiledBundle) =>
        ContentBundle.Open(Bundle.Open(new ByteArrayStorage(compiledBundle.Bytes), compiled.Key.PublicKey));

    private static (int TextX, int ImageX) ArtPage(ContentBundle content)
    {
        var page = new PageDrawList();
        foreach (int id in content.Index.Modules.SelectMany(m => m.Pages))
        {
            content.Pages.ReadPage(id, page);
            int image = Array.IndexOf(page.Kind, ContentFormat.ItemImage, 0, page.Count);
            if (image >= 0)
            {
                // The body is the text item after the title.
                int text = Array.LastIndexOf(page.Kind, ContentFormat.ItemText, page.Count - 1);
                return (page.X[text], page.X[image]);
            }
        }
        throw new InvalidOperationException("No lesson page with an illustration.");
    }

    private static HashSet<int> WordBoundaries(string language, string text)
    {
        // ICU's word iterator: a different service from the line iterator the typesetter breaks with.
        using var words = Icu.BreakIterator.CreateWordInstance(new Icu.Locale(language));
        words.SetText(text);
        var boundaries = new HashSet<int> { 0, text.Length };
        for (int at = words.MoveNext(); at != Icu.BreakIterator.DONE; at = words.MoveNext())
        {
            boundaries.Add(at);
        }
        return boundaries;
    }
}
