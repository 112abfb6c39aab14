namespace Kiosk.Content.Tests;

/// <summary>One test per diagnostic class: break a valid curriculum in one place, expect that code at that file and line.</summary>
public sealed class LinterTests : IDisposable
{
    private readonly TempCurriculum _curriculum = new();
    private const string Lesson = TempCurriculum.LessonFile;

    public void Dispose() => _curriculum.Dispose();

    private Diagnostic Expect(string code, string file, int line)
    {
        var diagnostics = _curriculum.Lint();
        var match = diagnostics.FirstOrDefault(d => d.Code == code && d.File == file && d.Line == line);
        Assert.True(match is not null, $"expected {code} at {file}:{line}, got:\n{string.Join("\n", diagnostics)}");
        return match!;
    }

    [Fact]
    public void Valid_curriculum_has_no_diagnostics()
    {
        Assert.Empty(_curriculum.Lint());
    }

    [Fact]
    public void Invalid_yaml_reports_the_parser_line()
    {
        _curriculum.EditLesson("body: Second page text.", "body: Second: page: text.");
        var diagnostic = Expect(LintCode.InvalidYaml, Lesson, _curriculum.LineOf(Lesson, "body: Second: page"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Missing_title_is_reported_at_its_page()
    {
        _curriculum.EditLesson("  - title: Two\n    body: Second page text.", "  - body: Second page text.");
        Expect(LintCode.MissingField, Lesson, _curriculum.LineOf(Lesson, "body: Second page text."));
    }

    [Fact]
    public void Empty_body_counts_as_missing()
    {
        _curriculum.EditLesson("body: Third page text.", "body: \"\"");
        Expect(LintCode.MissingField, Lesson, _curriculum.LineOf(Lesson, "body: \"\""));
    }

    [Fact]
    public void Unknown_key_is_reported_at_the_key()
    {
        _curriculum.EditLesson("    body: First page text.", "    body: First page text.\n    colour: red");
        Expect(LintCode.UnknownKey, Lesson, _curriculum.LineOf(Lesson, "colour: red"));
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_value()
    {
        _curriculum.EditLesson("body: Second page text.", "body: [one, two]");
        Expect(LintCode.WrongType, Lesson, _curriculum.LineOf(Lesson, "body: [one, two]"));
    }

    [Fact]
    public void Duplicate_choice_id_is_reported()
    {
        _curriculum.EditLesson("      - id: b", "      - id: a # again");
        Expect(LintCode.DuplicateId, Lesson, _curriculum.LineOf(Lesson, "id: a # again"));
    }

    [Fact]
    public void Unknown_audience_folder_is_reported()
    {
        _curriculum.Write("modules/grownups/x/lesson.yaml", TempCurriculum.Lesson);
        Expect(LintCode.UnknownAudience, "modules/grownups/x/lesson.yaml", 1);
    }

    [Fact]
    public void Too_few_pages_is_reported_at_the_lesson()
    {
        _curriculum.EditLesson("  - title: Three\n    body: Third page text.\n", "");
        Expect(LintCode.PageCount, Lesson, 1);
    }

    [Fact]
    public void Too_many_pages_is_reported_at_the_lesson()
    {
        var extra = string.Concat(Enumerable.Range(4, 6).Select(i => $"  - title: Page {i}\n    body: More text.\n"));
        _curriculum.EditLesson("quiz:\n", extra + "quiz:\n");
        Expect(LintCode.PageCount, Lesson, 1);
    }

    [Fact]
    public void Too_few_questions_for_nine_to_twelve_is_reported_at_the_quiz()
    {
        var text = _curriculum.Read(Lesson);
        _curriculum.Write(Lesson, text[..text.IndexOf("  - question: Second", StringComparison.Ordinal)]);
        Expect(LintCode.QuestionCount, Lesson, _curriculum.LineOf(Lesson, "question: First question?"));
    }

    [Fact]
    public void Under_nine_needs_exactly_one_two_choice_question()
    {
        _curriculum.Write("modules/under9/story/lesson.yaml", TempCurriculum.Lesson);
        _curriculum.Write("modules/under9/story/art.svg", TempCurriculum.Art);
        Expect(LintCode.QuestionCount, "modules/under9/story/lesson.yaml", _curriculum.LineOf("modules/under9/story/lesson.yaml", "question: First question?"));
    }

    [Fact]
    public void Too_many_choices_is_reported_at_the_question()
    {
        var extra = string.Concat("cdef".Select(c => $"      - id: {c}\n        text: Maybe {c}\n        feedback: Hmm.\n"));
        _curriculum.EditLesson("    answer: a\n  - question: Second", extra + "    answer: a\n  - question: Second");
        Expect(LintCode.ChoiceCount, Lesson, _curriculum.LineOf(Lesson, "question: First question?"));
    }

    [Fact]
    public void Question_without_answer_is_reported()
    {
        _curriculum.EditLesson("    answer: b", "");
        Expect(LintCode.NoCorrectAnswer, Lesson, _curriculum.LineOf(Lesson, "question: Third question?"));
    }

    [Fact]
    public void Question_with_two_answers_is_reported_at_the_answer()
    {
        _curriculum.EditLesson("    answer: b", "    answer: [a, b]");
        Expect(LintCode.MultipleCorrectAnswers, Lesson, _curriculum.LineOf(Lesson, "answer: [a, b]"));
    }

    [Fact]
    public void Answer_naming_a_missing_choice_is_reported_at_the_answer()
    {
        _curriculum.EditLesson("    answer: b", "    answer: z");
        Expect(LintCode.AnswerNotAChoice, Lesson, _curriculum.LineOf(Lesson, "answer: z"));
    }

    [Fact]
    public void Choice_without_feedback_is_reported_at_the_choice()
    {
        _curriculum.EditLesson("        text: No\n        feedback: Not quite.\n    answer: a\n  - question: Second",
            "        text: No\n    answer: a\n  - question: Second");
        Expect(LintCode.MissingFeedback, Lesson, _curriculum.LineOf(Lesson, "- id: b"));
    }

    [Fact]
    public void Missing_illustration_file_is_reported_at_the_art_key()
    {
        _curriculum.EditLesson("art: art.svg", "art: nowhere.svg");
        Expect(LintCode.MissingIllustration, Lesson, _curriculum.LineOf(Lesson, "art: nowhere.svg"));
    }

    [Fact]
    public void Illustration_outside_the_module_folder_is_rejected()
    {
        _curriculum.EditLesson("art: art.svg", "art: ../../../ui.yaml");
        Expect(LintCode.MissingIllustration, Lesson, _curriculum.LineOf(Lesson, "art: ../"));
    }

    [Fact]
    public void Lesson_without_any_illustration_is_reported()
    {
        _curriculum.EditLesson("    art: art.svg\n", "");
        Expect(LintCode.LessonWithoutIllustration, Lesson, 1);
    }

    [Fact]
    public void Malformed_svg_is_reported()
    {
        _curriculum.Write("modules/age9to12/test-lesson/art.svg", "<svg><rect></svg>");
        Expect(LintCode.InvalidIllustration, Lesson, _curriculum.LineOf(Lesson, "art: art.svg"));
    }

    [Fact]
    public void Svg_with_script_is_reported()
    {
        _curriculum.Write("modules/age9to12/test-lesson/art.svg", TempCurriculum.Art.Replace("</svg>", "<script>alert(1)</script></svg>"));
        var diagnostic = Expect(LintCode.InvalidIllustration, Lesson, _curriculum.LineOf(Lesson, "art: art.svg"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Theory]
    [InlineData("It is child pornography.")]
    [InlineData("CHILD PORNOGRAPHY is wrong.")]
    [InlineData("Never say child-pornography.")]
    [InlineData("They were called child prostitutes.")]
    public void Avoided_term_in_source_is_an_error(string body)
    {
        _curriculum.EditLesson("body: Second page text.", $"body: {body}");
        var diagnostic = Expect(LintCode.AvoidedTerm, Lesson, _curriculum.LineOf(Lesson, body));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Avoided_term_split_across_lines_is_found()
    {
        _curriculum.EditLesson("body: Second page text.", "body: >-\n      Do not say child\n      pornography.");
        Expect(LintCode.AvoidedTerm, Lesson, _curriculum.LineOf(Lesson, "body: >-"));
    }

    [Theory]
    [InlineData("Say child sexual abuse material instead.")]
    [InlineData("A childhood prostitution of ideas.")]
    public void Recommended_and_unrelated_words_are_not_flagged(string body)
    {
        _curriculum.EditLesson("body: Second page text.", $"body: {body}");
        Assert.DoesNotContain(_curriculum.Lint(), d => d.Code == LintCode.AvoidedTerm);
    }

    [Fact]
    public void Over_long_body_is_reported()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 41));
        _curriculum.EditLesson("body: Third page text.", $"body: {words}");
        Expect(LintCode.TextTooLong, Lesson, _curriculum.LineOf(Lesson, "body: word word"));
    }

    [Fact]
    public void Body_at_the_budget_is_accepted()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 40));
        _curriculum.EditLesson("body: Third page text.", $"body: {words}");
        Assert.DoesNotContain(_curriculum.Lint(), d => d.Code == LintCode.TextTooLong);
    }

    [Fact]
    public void Missing_required_ui_string_is_reported()
    {
        _curriculum.Edit("ui.yaml", "  nav.next: Text for nav.next\n", "");
        Expect(LintCode.MissingUiString, "ui.yaml", 1);
    }

    [Fact]
    public void Language_without_a_native_name_is_reported()
    {
        _curriculum.Edit("ui.yaml", "  en: English\n", "");
        Expect(LintCode.MissingLanguageName, "languages.yaml", _curriculum.LineOf("languages.yaml", "- code: en"));
    }

    [Fact]
    public void Unknown_digit_set_is_reported()
    {
        _curriculum.Edit("languages.yaml", "digits: latin", "digits: roman");
        Expect(LintCode.InvalidLanguage, "languages.yaml", _curriculum.LineOf("languages.yaml", "digits: roman"));
    }

    [Fact]
    public void Phone_number_written_into_help_is_rejected()
    {
        _curriculum.Edit("help.yaml", "any time.", "any time, or 116 111.");
        Expect(LintCode.HardCodedNumber, "help.yaml", _curriculum.LineOf("help.yaml", "116 111"));
    }

    [Fact]
    public void Help_without_helpline_number_placeholder_is_rejected()
    {
        _curriculum.Edit("help.yaml", "{helpline.number}", "the helpline");
        Expect(LintCode.MissingField, "help.yaml", _curriculum.LineOf("help.yaml", "title: Get help"));
    }

    [Fact]
    public void Duplicate_key_is_reported_as_invalid_yaml()
    {
        _curriculum.EditLesson("title: Test lesson", "title: Test lesson\ntitle: Again");
        Expect(LintCode.InvalidYaml, Lesson, _curriculum.LineOf(Lesson, "title: Again"));
    }

    [Fact]
    public void Empty_lesson_file_is_reported()
    {
        _curriculum.Write(Lesson, "");
        Expect(LintCode.MissingField, Lesson, 1);
    }

    [Fact]
    public void Scalar_where_a_page_belongs_is_a_type_error()
    {
        _curriculum.EditLesson("  - title: Two\n    body: Second page text.\n", "  - just a string\n");
        Expect(LintCode.WrongType, Lesson, _curriculum.LineOf(Lesson, "just a string"));
    }

    [Fact]
    public void Misspelt_placeholder_in_source_is_an_error()
    {
        _curriculum.Edit("help.yaml", "title: Call {helpline.name}", "title: Call {helpline.nmae}");
        Expect(LintCode.UnknownPlaceholder, "help.yaml", _curriculum.LineOf("help.yaml", "{helpline.nmae}"));
    }
}
