using Kiosk.Content.Compilation;
using Kiosk.Typesetting;

namespace Kiosk.Content.Tests.Compilation;

public sealed class FitCheckTests : IDisposable
{
    private readonly TempCurriculum _curriculum = new(withFrench: true);
    private readonly FontSet _fonts = FontSet.LoadDefault();

    [Fact]
    public void A_body_too_long_for_three_screens_is_reported_at_its_line()
    {
        var longBody = string.Join(' ', Enumerable.Repeat("Talk to an adult you trust about what you saw online.", 20));
        _curriculum.EditLesson("body: Second page text.", "body: " + longBody);

        var findings = Check();

        var finding = Assert.Single(findings, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("[en 320x240]", StringComparison.Ordinal));
        Assert.Equal(LintCode.TextDoesNotFit, finding.Code);
        Assert.Equal(TempCurriculum.LessonFile, finding.File);
        Assert.Equal(_curriculum.LineOf(TempCurriculum.LessonFile, "Talk to an adult"), finding.Line);
        Assert.Contains("screens", finding.Message);
    }

    [Fact]
    public void An_answer_too_long_for_its_button_is_reported_for_every_profile()
    {
        _curriculum.EditLesson("text: Yes", "text: " + string.Join(' ', Enumerable.Repeat("Yes, I would tell a trusted grown-up straight away.", 4)));

        var findings = Check().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        // The edit hits every "text: Yes"; the first is question 1's answer a.
        int line = _curriculum.LineOf(TempCurriculum.LessonFile, "Yes, I would tell");
        Assert.Contains(findings, d => d.Message.StartsWith("[en 320x240] answer 'q1.a'", StringComparison.Ordinal) && d.Line == line);
        Assert.Contains(findings, d => d.Message.StartsWith("[en 480x320] answer 'q1.a'", StringComparison.Ordinal) && d.Line == line);
        Assert.All(findings, d => Assert.Equal(TempCurriculum.LessonFile, d.File));
    }

    [Fact]
    public void The_small_curriculum_fits()
    {
        Assert.Empty(Check());
    }

    [Fact]
    public void The_shipped_curriculum_has_no_text_that_cannot_fit()
    {
        var compiler = new CurriculumCompiler(CurriculumLoader.Load(CurriculumPaths.ShippedRoot), _fonts, CurriculumCompiler.LoadProfiles(CompiledCurriculum.ProfilesRoot), DeploymentOptions.Demo);

        var errors = compiler.CheckFit().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    private IReadOnlyList<Diagnostic> Check() =>
        new CurriculumCompiler(_curriculum.Load(), _fonts, CurriculumCompiler.LoadProfiles(CompiledCurriculum.ProfilesRoot), DeploymentOptions.Demo).CheckFit();

    public void Dispose()
    {
        _fonts.Dispose();
        _curriculum.Dispose();
    }
}
