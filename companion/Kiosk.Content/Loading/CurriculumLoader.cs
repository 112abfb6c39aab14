using YamlDotNet.RepresentationModel;

namespace Kiosk.Content;

/// <summary>
/// Loads companion/curriculum into the source model. Shape problems become diagnostics (with file
/// and line) and loading carries on, so one run reports every mistake; semantic checks are the
/// linter's job.
/// </summary>
public static class CurriculumLoader
{
    public const string LanguagesFile = "languages.yaml";
    public const string UiFile = "ui.yaml";
    public const string HelpFile = "help.yaml";
    public const string TerminologyFile = "terminology.yaml";
    public const string ModulesFolder = "modules";
    public const string LessonFile = "lesson.yaml";

    private static readonly string[] ReviewStatuses = ["source", "draft", "reviewed"];

    public static Curriculum Load(string rootDirectory, List<Diagnostic> diagnostics)
    {
        var root = Path.GetFullPath(rootDirectory);
        var languages = LoadLanguages(root, diagnostics);
        return new Curriculum
        {
            RootDirectory = root,
            Languages = languages,
            Ui = LoadUi(root, diagnostics),
            Help = LoadHelp(root, diagnostics),
            Terminology = LoadTerminology(root, diagnostics),
            Modules = LoadModules(root, diagnostics),
            Translations = LoadTranslations(root, languages, diagnostics),
        };
    }

    /// <summary>Loads and throws if the sources have shape errors; for tools that only need the model.</summary>
    public static Curriculum Load(string rootDirectory)
    {
        var diagnostics = new List<Diagnostic>();
        var curriculum = Load(rootDirectory, diagnostics);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidDataException("curriculum has errors:\n" + string.Join("\n", errors));
        return curriculum;
    }

    private static YamlMappingNode? Open(string root, string relative, List<Diagnostic> diagnostics, out YamlSchemaReader reader)
    {
        reader = new YamlSchemaReader(relative, diagnostics);
        var path = Path.Combine(root, relative);
        if (File.Exists(path))
            return reader.LoadRoot(path);
        reader.Report(DiagnosticSeverity.Error, LintCode.MissingFile, $"{relative} is missing", 1, 1);
        return null;
    }

    private static IReadOnlyList<Language> LoadLanguages(string root, List<Diagnostic> diagnostics)
    {
        var result = new List<Language>();
        var map = Open(root, LanguagesFile, diagnostics, out var reader);
        if (map is null)
            return result;
        reader.CheckKeys(map, "languages.yaml", "languages");
        foreach (var node in reader.Sequence(map, "languages", "languages.yaml", true)?.Children ?? [])
        {
            if (reader.AsMapping(node, "a language") is not { } entry)
                continue;
            reader.CheckKeys(entry, "a language", "code", "name", "direction", "digits", "review");
            var code = reader.Scalar(entry, "code", "a language", true);
            var name = reader.Scalar(entry, "name", "a language", true);
            var direction = reader.Scalar(entry, "direction", "a language", true);
            var digits = reader.Scalar(entry, "digits", "a language", true);
            var review = reader.Scalar(entry, "review", "a language", true);
            if (code is null || name is null || direction is null || digits is null || review is null)
                continue;
            if (direction is not ("ltr" or "rtl"))
                reader.Error(LintCode.InvalidLanguage, $"direction of '{code}' must be ltr or rtl", reader.Get(entry, "direction")!);
            var characters = DigitSets.Characters(digits);
            if (characters is null)
                reader.Error(LintCode.InvalidLanguage, $"digits of '{code}' must be one of {string.Join(", ", DigitSets.Names)}", reader.Get(entry, "digits")!);
            if (!ReviewStatuses.Contains(review))
                reader.Error(LintCode.InvalidLanguage, $"review of '{code}' must be one of {string.Join(", ", ReviewStatuses)}", reader.Get(entry, "review")!);
            if (result.Any(l => l.Code == code))
                reader.Error(LintCode.DuplicateId, $"language '{code}' is listed twice", entry);
            result.Add(new Language
            {
                Code = code,
                EnglishName = name,
                IsRightToLeft = direction == "rtl",
                Digits = digits,
                DigitCharacters = characters ?? DigitSets.Characters("latin")!,
                ReviewStatus = review,
                Location = reader.At(entry),
            });
        }
        return result;
    }

    private static UiStrings LoadUi(string root, List<Diagnostic> diagnostics)
    {
        var strings = new List<SourceMessage>();
        var names = new Dictionary<string, string>();
        var map = Open(root, UiFile, diagnostics, out var reader);
        if (map is not null)
        {
            reader.CheckKeys(map, "ui.yaml", "strings", "languageNames");
            if (reader.Get(map, "strings") is { } stringsNode && reader.AsMapping(stringsNode, "'strings'") is { } stringMap)
                foreach (var id in stringMap.Children.Keys.OfType<YamlScalarNode>())
                    strings.Add(reader.Message(stringMap, id.Value!, "ui/" + id.Value, Audience.Shared, "ui strings"));
            else if (reader.Get(map, "strings") is null)
                reader.Error(LintCode.MissingField, "ui.yaml has no 'strings'", map);
            if (reader.Get(map, "languageNames") is { } namesNode && reader.AsMapping(namesNode, "'languageNames'") is { } nameMap)
                foreach (var code in nameMap.Children.Keys.OfType<YamlScalarNode>())
                    if (reader.Scalar(nameMap, code.Value!, "languageNames", true) is { } name)
                        names[code.Value!] = name;
        }
        return new UiStrings { Strings = strings, LanguageNames = names, File = UiFile };
    }

    private static HelpScreen LoadHelp(string root, List<Diagnostic> diagnostics)
    {
        var sections = new List<Page>();
        var map = Open(root, HelpFile, diagnostics, out var reader);
        var missingTitle = new SourceMessage("help/title", "", new SourceLocation(HelpFile, 1, 1), Audience.Shared);
        if (map is null)
            return new HelpScreen { Title = missingTitle, Sections = sections, File = HelpFile };
        reader.CheckKeys(map, "help.yaml", "title", "sections");
        var title = reader.Message(map, "title", "help/title", Audience.Shared, "help.yaml");
        var index = 0;
        foreach (var node in reader.Sequence(map, "sections", "help.yaml", true)?.Children ?? [])
            if (reader.AsMapping(node, "a help section") is { } section)
                sections.Add(ReadPage(reader, section, "help", Audience.Shared, ++index, "section", allowArt: false));
        ReportDuplicates(reader, sections.Select(s => (s.Id, s.Location)), "section");
        return new HelpScreen { Title = title, Sections = sections, File = HelpFile };
    }

    private static IReadOnlyList<TerminologyRule> LoadTerminology(string root, List<Diagnostic> diagnostics)
    {
        var rules = new List<TerminologyRule>();
        var map = Open(root, TerminologyFile, diagnostics, out var reader);
        if (map is null)
            return rules;
        reader.CheckKeys(map, "terminology.yaml", "rules");
        foreach (var node in reader.Sequence(map, "rules", "terminology.yaml", true)?.Children ?? [])
        {
            if (reader.AsMapping(node, "a terminology rule") is not { } rule)
                continue;
            reader.CheckKeys(rule, "a terminology rule", "language", "avoid", "use");
            var language = reader.Scalar(rule, "language", "a terminology rule", true);
            var avoid = reader.Scalar(rule, "avoid", "a terminology rule", true);
            var use = reader.Scalar(rule, "use", "a terminology rule", true);
            if (language is not null && avoid is not null && use is not null)
                rules.Add(new TerminologyRule(language, avoid, use, reader.At(rule)));
        }
        return rules;
    }

    private static IReadOnlyList<Module> LoadModules(string root, List<Diagnostic> diagnostics)
    {
        var modules = new List<(int Order, Module Module)>();
        var modulesRoot = Path.Combine(root, ModulesFolder);
        if (!Directory.Exists(modulesRoot))
            return [];
        foreach (var audienceDir in Directory.GetDirectories(modulesRoot).Order(StringComparer.Ordinal))
        {
            var audience = Path.GetFileName(audienceDir);
            foreach (var moduleDir in Directory.GetDirectories(audienceDir).Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileName(moduleDir);
                var relative = $"{ModulesFolder}/{audience}/{id}/{LessonFile}";
                var reader = new YamlSchemaReader(relative, diagnostics);
                if (Audience.Find(audience) is null)
                {
                    reader.Report(DiagnosticSeverity.Error, LintCode.UnknownAudience,
                        $"'{audience}' is not an audience (use {string.Join(", ", Audience.All.Select(a => a.Id))})", 1, 1);
                    continue;
                }
                if (!File.Exists(Path.Combine(moduleDir, LessonFile)))
                {
                    reader.Report(DiagnosticSeverity.Error, LintCode.MissingFile, $"module folder {audience}/{id} has no {LessonFile}", 1, 1);
                    continue;
                }
                if (reader.LoadRoot(Path.Combine(moduleDir, LessonFile)) is not { } map)
                    continue;
                var prefix = $"{audience}/{id}";
                var lesson = ReadLesson(reader, map, prefix, audience, out var order);
                modules.Add((order, new Module { Id = id, Audience = audience, Directory = moduleDir, File = relative, Lesson = lesson }));
            }
        }
        var audienceOrder = Audience.All.Select(a => a.Id).ToList();
        return modules
            .OrderBy(m => audienceOrder.IndexOf(m.Module.Audience))
            .ThenBy(m => m.Order)
            .ThenBy(m => m.Module.Id, StringComparer.Ordinal)
            .Select(m => m.Module)
            .ToList();
    }

    private static Lesson ReadLesson(YamlSchemaReader reader, YamlMappingNode map, string prefix, string audience, out int order)
    {
        reader.CheckKeys(map, "a lesson", "title", "summary", "order", "pages", "quiz");
        order = 100;
        if (reader.Scalar(map, "order", "a lesson", false) is { } orderText && !int.TryParse(orderText, out order))
            reader.Error(LintCode.WrongType, "'order' must be a whole number", reader.Get(map, "order")!);

        var pages = new List<Page>();
        var index = 0;
        foreach (var node in reader.Sequence(map, "pages", "a lesson", true)?.Children ?? [])
            if (reader.AsMapping(node, "a page") is { } page)
                pages.Add(ReadPage(reader, page, prefix, audience, ++index, "page", allowArt: true));
        ReportDuplicates(reader, pages.Select(p => (p.Id, p.Location)), "page");

        var questions = new List<Question>();
        var quizNode = reader.Sequence(map, "quiz", "a lesson", true);
        index = 0;
        foreach (var node in quizNode?.Children ?? [])
            if (reader.AsMapping(node, "a quiz question") is { } question)
                questions.Add(ReadQuestion(reader, question, prefix, audience, ++index));
        ReportDuplicates(reader, questions.Select(q => (q.Id, q.Location)), "question");

        return new Lesson
        {
            Title = reader.Message(map, "title", $"{prefix}/title", audience, "a lesson"),
            Summary = reader.OptionalMessage(map, "summary", $"{prefix}/summary", audience, "a lesson"),
            Pages = pages,
            Quiz = new Quiz { Questions = questions, Location = reader.At((YamlNode?)quizNode ?? map) },
            Location = reader.At(map),
        };
    }

    private static Page ReadPage(YamlSchemaReader reader, YamlMappingNode map, string prefix, string audience, int index, string kind, bool allowArt)
    {
        if (allowArt)
            reader.CheckKeys(map, $"a {kind}", "id", "title", "body", "art");
        else
            reader.CheckKeys(map, $"a {kind}", "id", "title", "body");
        var id = reader.Scalar(map, "id", $"a {kind}", false) ?? $"{kind}{index}";
        var art = allowArt ? reader.Scalar(map, "art", $"a {kind}", false) : null;
        return new Page
        {
            Id = id,
            Title = reader.Message(map, "title", $"{prefix}/{id}.title", audience, $"{kind} {index}"),
            Body = reader.Message(map, "body", $"{prefix}/{id}.body", audience, $"{kind} {index}"),
            Art = art,
            ArtLocation = reader.At(reader.Get(map, "art") ?? map),
            Location = reader.At(map),
        };
    }

    private static Question ReadQuestion(YamlSchemaReader reader, YamlMappingNode map, string prefix, string audience, int index)
    {
        reader.CheckKeys(map, "a quiz question", "id", "question", "choices", "answer");
        var id = reader.Scalar(map, "id", "a quiz question", false) ?? $"q{index}";
        var choices = new List<Choice>();
        var letter = 'a';
        foreach (var node in reader.Sequence(map, "choices", $"question {index}", true)?.Children ?? [])
        {
            var defaultId = (letter++).ToString();
            if (reader.AsMapping(node, "a choice") is not { } choice)
                continue;
            reader.CheckKeys(choice, "a choice", "id", "text", "feedback");
            var choiceId = reader.Scalar(choice, "id", "a choice", false) ?? defaultId;
            choices.Add(new Choice
            {
                Id = choiceId,
                Text = reader.Message(choice, "text", $"{prefix}/{id}.{choiceId}.text", audience, $"choice {choiceId}"),
                Feedback = reader.OptionalMessage(choice, "feedback", $"{prefix}/{id}.{choiceId}.feedback", audience, $"choice {choiceId}"),
                Location = reader.At(choice),
            });
        }
        ReportDuplicates(reader, choices.Select(c => (c.Id, c.Location)), "choice");

        var answers = new List<string>();
        var answerNode = reader.Get(map, "answer");
        switch (answerNode)
        {
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                answers.Add(scalar.Value.Trim());
                break;
            case YamlSequenceNode list:
                answers.AddRange(list.Children.OfType<YamlScalarNode>().Select(s => (s.Value ?? "").Trim()));
                break;
            case YamlMappingNode:
                reader.Error(LintCode.WrongType, "'answer' must be the id of one choice", answerNode);
                break;
        }
        return new Question
        {
            Id = id,
            Text = reader.Message(map, "question", $"{prefix}/{id}.text", audience, $"question {index}"),
            Choices = choices,
            Answers = answers,
            Location = reader.At(map),
            AnswerLocation = reader.At(answerNode ?? map),
        };
    }

    private static void ReportDuplicates(YamlSchemaReader reader, IEnumerable<(string Id, SourceLocation Location)> items, string kind)
    {
        foreach (var group in items.GroupBy(i => i.Id).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                reader.Report(DiagnosticSeverity.Error, LintCode.DuplicateId, $"{kind} id '{group.Key}' is used twice", duplicate.Location.Line, duplicate.Location.Column);
    }

    private static IReadOnlyDictionary<string, PoCatalog> LoadTranslations(string root, IReadOnlyList<Language> languages, List<Diagnostic> diagnostics)
    {
        var catalogs = new Dictionary<string, PoCatalog>();
        foreach (var language in languages.Where(l => l.Code != Curriculum.SourceLanguage))
        {
            var relative = PoExporter.TranslationPath(language.Code);
            var path = Path.Combine(root, relative);
            if (!File.Exists(path))
                continue;
            try
            {
                catalogs[language.Code] = PoImporter.ReadFile(path, relative);
            }
            catch (PoSyntaxException e)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, LintCode.InvalidPo, e.Reason, relative, e.Line, 1));
            }
        }
        return catalogs;
    }
}
