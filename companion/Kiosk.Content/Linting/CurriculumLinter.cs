using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Kiosk.Content;

/// <summary>
/// Checks the curriculum: shape (from the loader), lesson structure, quizzes, illustrations,
/// terminology, text budgets and translations. Errors block a content build; warnings do not.
/// </summary>
public static partial class CurriculumLinter
{
    private const int MinPages = 3;
    private const int MaxPages = 8;

    // Translations may run longer than English; beyond this factor they are unlikely to fit.
    private const double TranslationLengthFactor = 1.5;

    public static IReadOnlyList<Diagnostic> Lint(string rootDirectory)
    {
        var diagnostics = new List<Diagnostic>();
        var curriculum = CurriculumLoader.Load(rootDirectory, diagnostics);
        diagnostics.AddRange(Lint(curriculum));
        return Sort(diagnostics);
    }

    public static IReadOnlyList<Diagnostic> Lint(Curriculum curriculum)
    {
        var output = new List<Diagnostic>();
        var terms = new TerminologyMatcher(curriculum.Terminology);
        CheckLanguages(curriculum, output);
        CheckUi(curriculum, output);
        CheckHelp(curriculum, output);
        foreach (var module in curriculum.Modules)
            CheckModule(module, output);
        foreach (var message in curriculum.Messages())
            CheckSourceText(message, terms, output);
        foreach (var language in curriculum.Languages.Where(l => l.Code != Curriculum.SourceLanguage))
            CheckTranslation(curriculum, language, terms, output);
        return Sort(output);
    }

    private static IReadOnlyList<Diagnostic> Sort(List<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();

    private static void Add(List<Diagnostic> output, DiagnosticSeverity severity, string code, string message, SourceLocation at) =>
        output.Add(new Diagnostic(severity, code, message, at.File, at.Line, at.Column));

    private static void CheckLanguages(Curriculum curriculum, List<Diagnostic> output)
    {
        if (curriculum.Languages.All(l => l.Code != Curriculum.SourceLanguage))
            output.Add(new Diagnostic(DiagnosticSeverity.Error, LintCode.InvalidLanguage, "languages.yaml must list the source language 'en'", CurriculumLoader.LanguagesFile, 1, 1));
        foreach (var language in curriculum.Languages.Where(l => !curriculum.Ui.LanguageNames.ContainsKey(l.Code)))
            Add(output, DiagnosticSeverity.Error, LintCode.MissingLanguageName, $"ui.yaml languageNames has no name for '{language.Code}'", language.Location);
    }

    private static void CheckUi(Curriculum curriculum, List<Diagnostic> output)
    {
        foreach (var id in UiStrings.RequiredIds.Where(id => curriculum.Ui.Find(id) is null))
            output.Add(new Diagnostic(DiagnosticSeverity.Error, LintCode.MissingUiString, $"ui.yaml has no string '{id}', which the kiosk needs", curriculum.Ui.File, 1, 1));
    }

    private static void CheckHelp(Curriculum curriculum, List<Diagnostic> output)
    {
        var help = curriculum.Help;
        if (help.Sections.Count > 0 && !help.Sections.Any(s => s.Body.Text.Contains("{helpline.number}", StringComparison.Ordinal)))
            Add(output, DiagnosticSeverity.Error, LintCode.MissingField, "the help screen must show {helpline.number}", help.Title.Location);
        foreach (var body in help.Sections.SelectMany(s => new[] { s.Title, s.Body }).Append(help.Title))
            if (PhoneNumber().Match(body.Text) is { Success: true } match)
                Add(output, DiagnosticSeverity.Error, LintCode.HardCodedNumber, $"'{match.Value}' looks like a phone number; numbers come from deployment configuration via placeholders", body.Location);
    }

    private static void CheckModule(Module module, List<Diagnostic> output)
    {
        var lesson = module.Lesson;
        var audience = Audience.Find(module.Audience)!;
        if (lesson.Pages.Count is < MinPages or > MaxPages)
            Add(output, DiagnosticSeverity.Error, LintCode.PageCount, $"a lesson needs {MinPages}-{MaxPages} pages, this one has {lesson.Pages.Count}", lesson.Location);
        CheckArt(module, output);

        var questions = lesson.Quiz.Questions;
        if (questions.Count < audience.MinQuestions || questions.Count > audience.MaxQuestions)
        {
            var wanted = audience.MinQuestions == audience.MaxQuestions ? $"{audience.MinQuestions}" : $"{audience.MinQuestions}-{audience.MaxQuestions}";
            Add(output, DiagnosticSeverity.Error, LintCode.QuestionCount, $"a {audience.Id} quiz needs {wanted} question(s), this one has {questions.Count}", lesson.Quiz.Location);
        }
        foreach (var question in questions)
            CheckQuestion(question, audience, output);
    }

    private static void CheckQuestion(Question question, Audience audience, List<Diagnostic> output)
    {
        // Young children get exactly two big buttons, as in the storybook format.
        var (min, max) = audience.Id == Audience.Under9 ? (2, 2) : (2, 4);
        if (question.Choices.Count < min || question.Choices.Count > max)
            Add(output, DiagnosticSeverity.Error, LintCode.ChoiceCount, $"question '{question.Id}' needs {(min == max ? $"{min}" : $"{min}-{max}")} choices, it has {question.Choices.Count}", question.Location);
        if (question.Answers.Count == 0)
            Add(output, DiagnosticSeverity.Error, LintCode.NoCorrectAnswer, $"question '{question.Id}' does not say which choice is correct ('answer')", question.AnswerLocation);
        else if (question.Answers.Count > 1)
            Add(output, DiagnosticSeverity.Error, LintCode.MultipleCorrectAnswers, $"question '{question.Id}' names {question.Answers.Count} correct answers; exactly one is allowed", question.AnswerLocation);
        else if (question.CorrectChoice is null)
            Add(output, DiagnosticSeverity.Error, LintCode.AnswerNotAChoice, $"question '{question.Id}' answer '{question.Answers[0]}' is not one of its choices", question.AnswerLocation);
        foreach (var choice in question.Choices.Where(c => c.Feedback is null))
            Add(output, DiagnosticSeverity.Error, LintCode.MissingFeedback, $"choice '{choice.Id}' of question '{question.Id}' has no feedback", choice.Location);
    }

    private static void CheckArt(Module module, List<Diagnostic> output)
    {
        var pagesWithArt = module.Lesson.Pages.Where(p => p.Art is not null).ToList();
        if (pagesWithArt.Count == 0)
            Add(output, DiagnosticSeverity.Error, LintCode.LessonWithoutIllustration, "a lesson needs at least one illustration ('art' on a page)", module.Lesson.Location);
        foreach (var page in pagesWithArt)
        {
            var path = Path.GetFullPath(Path.Combine(module.Directory, page.Art!));
            if (!path.StartsWith(Path.GetFullPath(module.Directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
            {
                Add(output, DiagnosticSeverity.Error, LintCode.MissingIllustration, $"illustration '{page.Art}' is not a file in the module folder", page.ArtLocation);
                continue;
            }
            if (CheckSvg(path) is { } problem)
                Add(output, problem.Severity, LintCode.InvalidIllustration, $"{page.Art}: {problem.Message}", page.ArtLocation);
        }
    }

    private static (DiagnosticSeverity Severity, string Message)? CheckSvg(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (XmlException e)
        {
            return (DiagnosticSeverity.Error, $"not well-formed XML (line {e.LineNumber}): {e.Message}");
        }
        if (document.Root?.Name.LocalName != "svg")
            return (DiagnosticSeverity.Error, "root element is not <svg>");
        // The compiler rasterises offline: scripts and external references have no place in lesson art.
        if (document.Descendants().Any(e => e.Name.LocalName is "script" or "foreignObject")
            || document.Descendants().Attributes().Any(a => a.Name.LocalName == "href" && !a.Value.StartsWith('#')))
            return (DiagnosticSeverity.Error, "contains a script, foreign object or external reference");
        if ((string?)document.Root.Attribute("viewBox") != "0 0 200 150")
            return (DiagnosticSeverity.Warning, "viewBox should be '0 0 200 150' so pictures share one layout slot");
        return null;
    }

    private static void CheckSourceText(SourceMessage message, TerminologyMatcher terms, List<Diagnostic> output)
    {
        foreach (var rule in terms.Find(message.Text, Curriculum.SourceLanguage))
            Add(output, DiagnosticSeverity.Error, LintCode.AvoidedTerm, $"avoid \"{rule.Avoid}\"; say \"{rule.Use}\" (Luxembourg Terminology Guidelines)", message.Location);
        foreach (var unknown in Placeholders.In(message.Text).Where(p => !Placeholders.IsKnown(p)).Distinct())
            Add(output, DiagnosticSeverity.Error, LintCode.UnknownPlaceholder, $"{unknown} is not a placeholder the compiler or kiosk fills in", message.Location);
        var words = TextBudget.CountWords(message.Text);
        var budget = TextBudget.MaxWords(message);
        if (words > budget)
            Add(output, DiagnosticSeverity.Error, LintCode.TextTooLong, $"{message.Key} has {words} words; at most {budget} fit one page for this audience", message.Location);
    }

    private static void CheckTranslation(Curriculum curriculum, Language language, TerminologyMatcher terms, List<Diagnostic> output)
    {
        var file = PoExporter.TranslationPath(language.Code);
        if (!curriculum.Translations.TryGetValue(language.Code, out var catalog))
        {
            // An unreadable file was already reported by the loader (KC034).
            if (!File.Exists(Path.Combine(curriculum.RootDirectory, file)))
                output.Add(new Diagnostic(DiagnosticSeverity.Warning, LintCode.MissingTranslation, $"no translation file for {language.EnglishName}; English is shown", file, 1, 1));
            return;
        }
        CheckReviewStatus(language, catalog, file, output);
        var sources = curriculum.Messages().ToDictionary(m => m.Key);
        var missing = new List<(SourceMessage Message, PoEntry? Entry)>();
        foreach (var message in sources.Values)
        {
            var entry = catalog.Find(message.Key);
            if (entry is null || entry.Translation.Length == 0)
            {
                missing.Add((message, entry));
                continue;
            }
            var at = new SourceLocation(file, Math.Max(1, entry.Line), 1);
            if (entry.IsFuzzy)
                Add(output, DiagnosticSeverity.Warning, LintCode.StaleTranslation, $"{message.Key}: translation is fuzzy (the English changed); English is shown until it is revised", at);
            else if (entry.Id != message.Text)
                Add(output, DiagnosticSeverity.Warning, LintCode.StaleTranslation, $"{message.Key}: the English changed since this file was exported; run the export and revise", at);
            var expected = Placeholders.In(message.Text);
            var actual = Placeholders.In(entry.Translation);
            if (!expected.SequenceEqual(actual))
                Add(output, DiagnosticSeverity.Error, LintCode.PlaceholderMismatch, $"{message.Key}: placeholders {Show(actual)} differ from the English {Show(expected)}", at);
            foreach (var rule in terms.Find(entry.Translation, language.Code))
                Add(output, DiagnosticSeverity.Error, LintCode.AvoidedTerm, $"{message.Key}: avoid \"{rule.Avoid}\"; say \"{rule.Use}\"", at);
            var words = TextBudget.CountWords(entry.Translation);
            var budget = (int)Math.Ceiling(TextBudget.MaxWords(message) * TranslationLengthFactor);
            if (words > budget)
                Add(output, DiagnosticSeverity.Warning, LintCode.TextTooLong, $"{message.Key}: translation has {words} words and may not fit one page (about {budget})", at);
        }
        ReportMissing(language, file, missing, output);
        foreach (var entry in catalog.Entries.Where(e => !e.IsObsolete && (e.Context is null || !sources.ContainsKey(e.Context))))
            output.Add(new Diagnostic(DiagnosticSeverity.Warning, LintCode.UnknownTranslationKey, $"'{entry.Context}' is not a source string any more; run the export to retire it", file, Math.Max(1, entry.Line), 1));
    }

    // One warning per lesson (or UI/help) and language: per-string warnings would bury everything else.
    private static void ReportMissing(Language language, string file, List<(SourceMessage Message, PoEntry? Entry)> missing, List<Diagnostic> output)
    {
        foreach (var group in missing.GroupBy(m => GroupOf(m.Message.Key)))
        {
            var first = group.First();
            var line = first.Entry?.Line ?? 1;
            output.Add(new Diagnostic(DiagnosticSeverity.Warning, LintCode.MissingTranslation,
                $"{language.Code}: {group.Count()} string(s) in {group.Key} not translated (first: {first.Message.Key}); English is shown",
                file, Math.Max(1, line), 1));
        }
    }

    private static string GroupOf(string key)
    {
        var slash = key.LastIndexOf('/');
        return slash > 0 ? key[..slash] : key;
    }

    private static void CheckReviewStatus(Language language, PoCatalog catalog, string file, List<Diagnostic> output)
    {
        var header = catalog.GetHeader(PoCatalog.ReviewStatusField) ?? "(none)";
        if (!string.Equals(header, language.ReviewStatus, StringComparison.OrdinalIgnoreCase))
            output.Add(new Diagnostic(DiagnosticSeverity.Error, LintCode.ReviewStatusMismatch,
                $"languages.yaml says {language.Code} is '{language.ReviewStatus}' but the PO header {PoCatalog.ReviewStatusField} is '{header}'", file, 1, 1));
        if (language.ReviewStatus == "reviewed" && catalog.Entries.FirstOrDefault(e => e.IsDraft && !e.IsObsolete) is { } draft)
            output.Add(new Diagnostic(DiagnosticSeverity.Error, LintCode.ReviewStatusMismatch,
                $"{language.Code} is marked reviewed but '{draft.Context}' is still a draft", file, Math.Max(1, draft.Line), 1));
    }

    private static string Show(IReadOnlyList<string> placeholders) => placeholders.Count == 0 ? "(none)" : string.Join(" ", placeholders);

    [GeneratedRegex(@"\+?\d[\d \-]{2,}\d")]
    private static partial Regex PhoneNumber();
}
