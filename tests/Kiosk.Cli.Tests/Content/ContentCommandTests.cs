namespace Kiosk.Cli.Tests.Content;

public sealed class ContentCommandTests : IDisposable
{
    private readonly CurriculumCopy _curriculum = new();

    [Fact]
    public void Lint_passes_the_shipped_curriculum()
    {
        var result = CliRun.Invoke("content", "lint", "--curriculum", _curriculum.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 error(s)", result.Output);
    }

    [Fact]
    public void Lint_names_file_and_line_of_a_broken_quiz_answer()
    {
        var lesson = _curriculum.PathOf("modules/age9to12/private-eye/lesson.yaml");
        var lines = File.ReadAllLines(lesson);
        var answerLine = Array.FindIndex(lines, line => line.Trim() == "answer: b");
        lines[answerLine] = lines[answerLine].Replace("answer: b", "answer: z", StringComparison.Ordinal);
        File.WriteAllLines(lesson, lines);

        var result = CliRun.Invoke("content", "lint", "--curriculum", _curriculum.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"modules/age9to12/private-eye/lesson.yaml:{answerLine + 1}:", result.Output);
        Assert.Contains("error", result.Output);
    }

    [Fact]
    public void Lint_flags_a_luxembourg_avoid_term()
    {
        var lesson = _curriculum.PathOf("modules/parents/talk-and-listen/lesson.yaml");
        var text = File.ReadAllText(lesson);
        var firstBody = text.IndexOf("body: ", StringComparison.Ordinal) + "body: ".Length;
        File.WriteAllText(lesson, text.Insert(firstBody, "Child pornography is discussed here. "));

        var result = CliRun.Invoke("content", "lint", "--curriculum", _curriculum.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("modules/parents/talk-and-listen/lesson.yaml:", result.Output);
        Assert.Contains("child sexual abuse material", result.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_translators_po_file_comes_back_in_through_import()
    {
        Assert.Equal(0, CliRun.Invoke("content", "export-po", "--curriculum", _curriculum.Root, "--lang", "fr").ExitCode);
        var exported = _curriculum.PathOf("translations/fr.po");
        var returned = Path.Combine(_curriculum.Root, "returned-fr.po");
        var text = File.ReadAllText(exported);
        const string context = "msgctxt \"ui/start.touch\"";
        var at = text.IndexOf(context, StringComparison.Ordinal);
        var msgstr = text.IndexOf("msgstr \"", at, StringComparison.Ordinal) + "msgstr \"".Length;
        var end = text.IndexOf('"', msgstr);
        File.WriteAllText(returned, text[..msgstr] + "Touchez l'écran pour commencer, s'il vous plaît" + text[end..]);

        var result = CliRun.Invoke("content", "import-po", returned, "--curriculum", _curriculum.Root);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("Touchez l'écran pour commencer, s'il vous plaît", File.ReadAllText(exported));
        Assert.Equal(File.ReadAllText(returned), File.ReadAllText(exported));
    }

    [Fact]
    public void Import_reports_a_syntax_error_with_its_line()
    {
        var broken = Path.Combine(_curriculum.Root, "broken.po");
        File.WriteAllText(broken, "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\nmsgctxt \"ui/start.touch\"\nmsgid \"unterminated\nmsgstr \"\"\n");

        var result = CliRun.Invoke("content", "import-po", broken, "--curriculum", _curriculum.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.po", result.Error);
        Assert.Contains(":6", result.Error);
    }

    [Fact]
    public void Import_refuses_a_file_for_an_unknown_language()
    {
        var other = Path.Combine(_curriculum.Root, "de.po");
        File.WriteAllText(other, "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n");

        var result = CliRun.Invoke("content", "import-po", other, "--curriculum", _curriculum.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'de'", result.Error);
    }

    [Fact]
    public void Commands_say_where_to_point_when_no_curriculum_is_found()
    {
        var result = CliRun.Invoke("content", "lint", "--curriculum", Path.Combine(_curriculum.Root, "missing"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--curriculum", result.Error);
    }

    public void Dispose() => _curriculum.Dispose();
}
