namespace Kiosk.Content.Tests;

/// <summary>A small valid curriculum in a temporary folder; tests break one thing and lint it.</summary>
internal sealed class TempCurriculum : IDisposable
{
    public const string LessonFile = "modules/age9to12/test-lesson/lesson.yaml";
    public const string FrenchFile = "translations/fr.po";

    public const string Lesson = """
        title: Test lesson
        pages:
          - title: One
            body: First page text.
            art: art.svg
          - title: Two
            body: Second page text.
          - title: Three
            body: Third page text.
        quiz:
          - question: First question?
            choices:
              - id: a
                text: Yes
                feedback: Right.
              - id: b
                text: No
                feedback: Not quite.
            answer: a
          - question: Second question?
            choices:
              - text: Yes
                feedback: Right.
              - text: No
                feedback: Not quite.
            answer: a
          - question: Third question?
            choices:
              - text: Yes
                feedback: Right.
              - text: No
                feedback: Not quite.
            answer: b
        """;

    public const string Art = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 150"><rect width="200" height="150" fill="#FFFFFF"/></svg>""";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kiosk-content-" + Guid.NewGuid().ToString("N"));

    public TempCurriculum(bool withFrench = false)
    {
        Write("languages.yaml", """
            languages:
              - code: en
                name: English
                direction: ltr
                digits: latin
                review: source
            """ + (withFrench ? """

              - code: fr
                name: French
                direction: ltr
                digits: latin
                review: draft
            """ : ""));
        Write("ui.yaml", "strings:\n"
            + string.Concat(UiStrings.RequiredIds.Select(id => $"  {id}: Text for {id}\n"))
            + "languageNames:\n  en: English\n  fr: Français\n");
        Write("help.yaml", """
            title: Get help
            sections:
              - id: call
                title: Call {helpline.name}
                body: Call {helpline.number} any time.
            """);
        Write("terminology.yaml", """
            rules:
              - language: en
                avoid: child pornography
                use: child sexual abuse material
              - language: en
                avoid: child prostitute
                use: child subjected to sexual exploitation
              - language: fr
                avoid: pornographie infantile
                use: matériel d'abus sexuel d'enfants
            """);
        Write(LessonFile, Lesson);
        Write("modules/age9to12/test-lesson/art.svg", Art);
    }

    public void Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    /// <summary>Replaces text in the lesson; the test fails loudly if the text is not there.</summary>
    public void EditLesson(string find, string replace) => Edit(LessonFile, find, replace);

    public void Edit(string relative, string find, string replace)
    {
        var text = Read(relative);
        Assert.Contains(find, text);
        Write(relative, text.Replace(find, replace));
    }

    /// <summary>1-based line of the first line containing <paramref name="snippet"/>, found by plain text search.</summary>
    public int LineOf(string relative, string snippet)
    {
        var lines = Read(relative).Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(snippet, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{snippet}' not in {relative}");
        return index + 1;
    }

    public IReadOnlyList<Diagnostic> Lint() => CurriculumLinter.Lint(Root);

    public Curriculum Load() => CurriculumLoader.Load(Root);

    public void Dispose()
    {
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
    }
}
