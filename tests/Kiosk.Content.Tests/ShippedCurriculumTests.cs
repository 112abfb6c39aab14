using Xunit.Abstractions;

namespace Kiosk.Content.Tests;

public sealed class ShippedCurriculumTests(ITestOutputHelper output)
{
    [Fact]
    public void Shipped_curriculum_has_no_lint_errors()
    {
        var diagnostics = CurriculumLinter.Lint(CurriculumPaths.ShippedRoot);
        foreach (var diagnostic in diagnostics)
            output.WriteLine(diagnostic.ToString());
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(Audience.Under9, 6)]
    [InlineData(Audience.Age9To12, 7)]
    [InlineData(Audience.Age13To17, 7)]
    [InlineData(Audience.Parents, 6)]
    [InlineData(Audience.Teachers, 4)]
    public void Every_audience_has_its_modules(string audience, int atLeast)
    {
        var curriculum = CurriculumLoader.Load(CurriculumPaths.ShippedRoot);
        var modules = curriculum.Modules.Where(m => m.Audience == audience).ToList();
        output.WriteLine($"{audience}: {modules.Count} modules, {modules.Sum(m => m.Lesson.Pages.Count)} pages, {modules.Sum(m => m.Lesson.Quiz.Questions.Count)} questions");
        Assert.True(modules.Count >= atLeast, $"{audience} has {modules.Count} modules");
    }

    [Fact]
    public void Every_ui_string_and_help_text_has_a_draft_translation_in_every_language()
    {
        var curriculum = CurriculumLoader.Load(CurriculumPaths.ShippedRoot);
        var shared = curriculum.Messages().Where(m => m.Key.StartsWith("ui/", StringComparison.Ordinal) || m.Key.StartsWith("help/", StringComparison.Ordinal)).ToList();
        foreach (var language in curriculum.Languages.Where(l => l.Code != Curriculum.SourceLanguage))
            foreach (var message in shared)
            {
                var text = curriculum.Localize(language.Code, message);
                Assert.False(text.IsFallback, $"{language.Code} lacks {message.Key}");
                Assert.True(text.IsDraft, $"{language.Code} {message.Key} should be marked draft");
            }
    }
}
