namespace Kiosk.Content.Tests;

/// <summary>Export/update of PO catalogs against a curriculum, and the translation lint codes.</summary>
public sealed class TranslationTests : IDisposable
{
    private readonly TempCurriculum _curriculum = new(withFrench: true);
    private const string French = TempCurriculum.FrenchFile;
    private const string PageTwoBody = "age9to12/test-lesson/page2.body";

    public void Dispose() => _curriculum.Dispose();

    /// <summary>Exports fr.po and translates every string as a draft, the way the shipped drafts were made.</summary>
    private PoCatalog ExportTranslated()
    {
        var curriculum = _curriculum.Load();
        var catalog = PoExporter.Update(curriculum, "fr", null);
        foreach (var entry in catalog.Entries)
        {
            entry.Translation = "FR " + entry.Id;
            entry.SetFlag(PoEntry.DraftFlag, true);
        }
        _curriculum.Write(French, PoExporter.Write(catalog));
        return catalog;
    }

    private Diagnostic Expect(string code, int line)
    {
        var diagnostics = _curriculum.Lint();
        var match = diagnostics.FirstOrDefault(d => d.Code == code && d.File == French && d.Line == line);
        Assert.True(match is not null, $"expected {code} at {French}:{line}, got:\n{string.Join("\n", diagnostics)}");
        return match!;
    }

    [Fact]
    public void Fully_translated_draft_lints_clean()
    {
        ExportTranslated();
        Assert.Empty(_curriculum.Lint());
    }

    [Fact]
    public void Missing_translation_file_is_a_warning_not_an_error()
    {
        var diagnostic = Assert.Single(_curriculum.Lint());
        Assert.Equal(LintCode.MissingTranslation, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(French, diagnostic.File);
    }

    [Fact]
    public void Untranslated_strings_are_warnings_at_the_first_entry()
    {
        ExportTranslated();
        _curriculum.Edit(French, "msgstr \"FR Second page text.\"", "msgstr \"\"");
        var diagnostic = Expect(LintCode.MissingTranslation, EntryLine(PageTwoBody));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.DoesNotContain(_curriculum.Lint(), d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>First line of the PO entry with this context (its first comment line), found by text search.</summary>
    private int EntryLine(string context)
    {
        var lines = _curriculum.Read(French).Split('\n');
        var index = Array.FindIndex(lines, l => l == $"msgctxt \"{context}\"");
        Assert.True(index >= 0);
        while (index > 0 && lines[index - 1].StartsWith('#'))
            index--;
        return index + 1;
    }

    [Fact]
    public void Changed_source_makes_the_translation_fuzzy_with_the_previous_english()
    {
        ExportTranslated();
        _curriculum.EditLesson("body: Second page text.", "body: Second page, rewritten.");
        var curriculum = _curriculum.Load();
        var updated = PoExporter.ExportFile(curriculum, "fr");

        var entry = updated.Find(PageTwoBody)!;
        Assert.True(entry.IsFuzzy);
        Assert.Equal("Second page text.", entry.PreviousId);
        Assert.Equal("Second page, rewritten.", entry.Id);
        Assert.Equal("FR Second page text.", entry.Translation);
        Assert.True(entry.IsDraft);

        var reread = PoImporter.ReadFile(Path.Combine(_curriculum.Root, French));
        Assert.True(reread.Find(PageTwoBody)!.IsFuzzy);
        Assert.Equal("Second page text.", reread.Find(PageTwoBody)!.PreviousId);

        var diagnostic = Expect(LintCode.StaleTranslation, EntryLine(PageTwoBody));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);

        var page = curriculum.FindModule(Audience.Age9To12, "test-lesson")!.Lesson.Pages[1];
        var shown = _curriculum.Load().Localize("fr", page.Body);
        Assert.True(shown.IsFallback);
        Assert.Equal("Second page, rewritten.", shown.Text);
    }

    [Fact]
    public void Second_edit_keeps_the_english_the_translation_was_made_for()
    {
        ExportTranslated();
        _curriculum.EditLesson("body: Second page text.", "body: Edit one.");
        PoExporter.ExportFile(_curriculum.Load(), "fr");
        _curriculum.EditLesson("body: Edit one.", "body: Edit two.");
        var entry = PoExporter.ExportFile(_curriculum.Load(), "fr").Find(PageTwoBody)!;
        Assert.Equal("Second page text.", entry.PreviousId);
        Assert.Equal("Edit two.", entry.Id);
    }

    [Fact]
    public void Changed_source_of_an_untranslated_entry_is_not_fuzzy()
    {
        var curriculum = _curriculum.Load();
        PoExporter.ExportFile(curriculum, "fr");
        _curriculum.EditLesson("body: Second page text.", "body: Changed.");
        var entry = PoExporter.ExportFile(_curriculum.Load(), "fr").Find(PageTwoBody)!;
        Assert.False(entry.IsFuzzy);
        Assert.Null(entry.PreviousId);
        Assert.Equal("Changed.", entry.Id);
    }

    [Fact]
    public void Source_changed_without_re_export_is_stale()
    {
        ExportTranslated();
        _curriculum.EditLesson("body: Second page text.", "body: Changed behind the exporter's back.");
        Expect(LintCode.StaleTranslation, EntryLine(PageTwoBody));
    }

    [Fact]
    public void Removed_source_string_becomes_obsolete_and_keeps_its_translation()
    {
        ExportTranslated();
        _curriculum.EditLesson("  - title: Three\n    body: Third page text.\n", "  - id: page3\n    title: Three\n    body: Third page text.\n  - id: extra\n    title: Four\n    body: Fourth.\n");
        _curriculum.EditLesson("  - title: Two\n    body: Second page text.\n", "");
        var catalog = PoExporter.ExportFile(_curriculum.Load(), "fr");
        var retired = Assert.Single(catalog.Entries, e => e.Context == PageTwoBody);
        Assert.True(retired.IsObsolete);
        Assert.Equal("FR Second page text.", retired.Translation);
        Assert.Contains("#~ msgctxt \"" + PageTwoBody + "\"", _curriculum.Read(French));
        Assert.DoesNotContain(_curriculum.Lint(), d => d.Code == LintCode.UnknownTranslationKey);
    }

    [Fact]
    public void English_is_shown_for_an_untranslated_string()
    {
        _curriculum.Write(French, PoExporter.Write(PoExporter.Update(_curriculum.Load(), "fr", null)));
        var curriculum = _curriculum.Load();
        var title = curriculum.FindModule(Audience.Age9To12, "test-lesson")!.Lesson.Title;
        var shown = curriculum.Localize("fr", title);
        Assert.True(shown.IsFallback);
        Assert.Equal(title.Text, shown.Text);
    }

    [Fact]
    public void Draft_flags_survive_export_and_reach_localized_text()
    {
        ExportTranslated();
        var curriculum = _curriculum.Load();
        var rewritten = PoExporter.Update(curriculum, "fr", curriculum.Translations["fr"]);
        Assert.True(rewritten.IsDraft);
        Assert.All(rewritten.Entries, e => Assert.True(e.IsDraft));
        Assert.Equal(_curriculum.Read(French), PoExporter.Write(rewritten));

        var title = curriculum.FindModule(Audience.Age9To12, "test-lesson")!.Lesson.Title;
        var shown = curriculum.Localize("fr", title);
        Assert.Equal("FR Test lesson", shown.Text);
        Assert.True(shown.IsDraft);
        Assert.False(shown.IsFallback);
    }

    [Fact]
    public void Reviewed_language_with_draft_header_is_an_error()
    {
        ExportTranslated();
        _curriculum.Edit("languages.yaml", "review: draft", "review: reviewed");
        Expect(LintCode.ReviewStatusMismatch, 1);
    }

    [Fact]
    public void Reviewed_language_with_a_draft_entry_is_an_error()
    {
        ExportTranslated();
        _curriculum.Edit("languages.yaml", "review: draft", "review: reviewed");
        _curriculum.Edit(French, "X-Review-Status: draft", "X-Review-Status: reviewed");
        Expect(LintCode.ReviewStatusMismatch, EntryLine("ui/" + UiStrings.RequiredIds[0]));
    }

    [Fact]
    public void Placeholder_change_in_translation_is_an_error()
    {
        ExportTranslated();
        _curriculum.Edit(French, "msgstr \"FR Call {helpline.number} any time.\"", "msgstr \"Appelle {helpline.numero} quand tu veux.\"");
        var diagnostic = Expect(LintCode.PlaceholderMismatch, EntryLine("help/call.body"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Dropped_placeholder_in_translation_is_an_error()
    {
        ExportTranslated();
        _curriculum.Edit(French, "msgstr \"FR Call {helpline.name}\"", "msgstr \"Appelle la ligne d'écoute\"");
        Expect(LintCode.PlaceholderMismatch, EntryLine("help/call.title"));
    }

    [Fact]
    public void Avoided_term_in_translation_is_an_error_in_its_language()
    {
        ExportTranslated();
        _curriculum.Edit(French, "msgstr \"FR Second page text.\"", "msgstr \"La Pornographie   infantile est un mot à éviter.\"");
        Expect(LintCode.AvoidedTerm, EntryLine(PageTwoBody));
    }

    [Fact]
    public void English_avoided_term_is_caught_inside_a_translation()
    {
        ExportTranslated();
        _curriculum.Edit(French, "msgstr \"FR Second page text.\"", "msgstr \"Le mot « child pornography » est à éviter.\"");
        Expect(LintCode.AvoidedTerm, EntryLine(PageTwoBody));
    }

    [Fact]
    public void Entry_for_an_unknown_key_is_a_warning()
    {
        ExportTranslated();
        _curriculum.Write(French, _curriculum.Read(French) + "\nmsgctxt \"age9to12/gone/title\"\nmsgid \"Gone\"\nmsgstr \"Parti\"\n");
        var diagnostic = Expect(LintCode.UnknownTranslationKey, _curriculum.LineOf(French, "age9to12/gone/title"));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Broken_po_file_is_an_error_with_its_line()
    {
        ExportTranslated();
        _curriculum.Edit(French, "msgstr \"FR Second page text.\"", "msgstr \"FR Second \"page\" text.\"");
        Expect(LintCode.InvalidPo, _curriculum.LineOf(French, "FR Second \"page"));
        Assert.DoesNotContain(_curriculum.Lint(), d => d.Code == LintCode.MissingTranslation);
    }

    [Fact]
    public void Over_long_translation_is_a_warning()
    {
        ExportTranslated();
        _curriculum.Edit(French, "msgstr \"FR Second page text.\"", $"msgstr \"{string.Join(' ', Enumerable.Repeat("mot", 61))}\"");
        var diagnostic = Expect(LintCode.TextTooLong, EntryLine(PageTwoBody));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }
}
