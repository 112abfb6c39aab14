namespace Kiosk.Content.Tests;

public sealed class LoaderTests : IDisposable
{
    private readonly TempCurriculum _curriculum = new();
    private const string Lesson = TempCurriculum.LessonFile;

    public void Dispose() => _curriculum.Dispose();

    [Fact]
    public void Every_message_knows_its_file_and_line()
    {
        var curriculum = _curriculum.Load();
        var messages = curriculum.Messages().ToDictionary(m => m.Key);
        AssertAt(messages["age9to12/test-lesson/title"], Lesson, "title: Test lesson");
        AssertAt(messages["age9to12/test-lesson/page2.body"], Lesson, "body: Second page text.");
        AssertAt(messages["age9to12/test-lesson/q3.text"], Lesson, "question: Third question?");
        AssertAt(messages["ui/nav.next"], "ui.yaml", "nav.next:");
        AssertAt(messages["help/call.body"], "help.yaml", "body: Call {helpline.number}");
    }

    private void AssertAt(SourceMessage message, string file, string snippet)
    {
        Assert.Equal(file, message.Location.File);
        Assert.Equal(_curriculum.LineOf(file, snippet), message.Location.Line);
    }

    [Fact]
    public void Choice_keys_use_explicit_or_default_ids()
    {
        var question = _curriculum.Load().FindModule(Audience.Age9To12, "test-lesson")!.Lesson.Quiz.Questions[1];
        Assert.Equal(["a", "b"], question.Choices.Select(c => c.Id));
        Assert.Equal("age9to12/test-lesson/q2.b.feedback", question.Choices[1].Feedback!.Key);
        Assert.Equal("a", question.CorrectChoice!.Id);
    }

    [Fact]
    public void Explicit_page_ids_name_the_keys()
    {
        _curriculum.EditLesson("  - title: Two", "  - id: why\n    title: Two");
        var page = _curriculum.Load().FindModule(Audience.Age9To12, "test-lesson")!.Lesson.Pages[1];
        Assert.Equal("age9to12/test-lesson/why.body", page.Body.Key);
    }

    [Fact]
    public void Folded_text_is_joined_and_trimmed()
    {
        _curriculum.EditLesson("body: Second page text.", "body: >\n      Second page\n      text.\n");
        var page = _curriculum.Load().FindModule(Audience.Age9To12, "test-lesson")!.Lesson.Pages[1];
        Assert.Equal("Second page text.", page.Body.Text);
    }

    [Fact]
    public void Modules_are_ordered_by_audience_then_order()
    {
        _curriculum.Write("modules/under9/b-story/lesson.yaml", "order: 1\n" + TempCurriculum.Lesson);
        _curriculum.Write("modules/under9/a-story/lesson.yaml", "order: 2\n" + TempCurriculum.Lesson);
        var diagnostics = new List<Diagnostic>();
        var curriculum = CurriculumLoader.Load(_curriculum.Root, diagnostics);
        Assert.Equal(["under9/b-story", "under9/a-story", "age9to12/test-lesson"], curriculum.Modules.Select(m => m.KeyPrefix));
    }

    [Fact]
    public void Po_with_byte_order_mark_is_read()
    {
        var catalog = PoImporter.Read("\uFEFFmsgid \"\"\nmsgstr \"Language: th\\n\"\n", "bom.po");
        Assert.Equal("th", catalog.Language);
    }
}
