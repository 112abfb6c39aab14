namespace Kiosk.Content;

/// <summary>Everything under companion/curriculum, loaded with source positions.</summary>
public sealed class Curriculum
{
    public required string RootDirectory { get; init; }
    public required IReadOnlyList<Language> Languages { get; init; }
    public required UiStrings Ui { get; init; }
    public required HelpScreen Help { get; init; }
    public required IReadOnlyList<Module> Modules { get; init; }
    public required IReadOnlyList<TerminologyRule> Terminology { get; init; }

    /// <summary>Loaded PO catalogs by language code (English has none: it is the source).</summary>
    public required IReadOnlyDictionary<string, PoCatalog> Translations { get; init; }

    public const string SourceLanguage = "en";

    /// <summary>Every translatable string in a stable order: UI, help, then modules by audience and id.</summary>
    public IEnumerable<SourceMessage> Messages()
    {
        foreach (var message in Ui.Strings)
            yield return message;
        yield return Help.Title;
        foreach (var section in Help.Sections)
        {
            yield return section.Title;
            yield return section.Body;
        }
        foreach (var module in Modules)
            foreach (var message in LessonMessages(module.Lesson))
                yield return message;
    }

    private static IEnumerable<SourceMessage> LessonMessages(Lesson lesson)
    {
        yield return lesson.Title;
        if (lesson.Summary is not null)
            yield return lesson.Summary;
        foreach (var page in lesson.Pages)
        {
            yield return page.Title;
            yield return page.Body;
        }
        foreach (var question in lesson.Quiz.Questions)
        {
            yield return question.Text;
            foreach (var choice in question.Choices)
            {
                yield return choice.Text;
                if (choice.Feedback is not null)
                    yield return choice.Feedback;
            }
        }
    }

    public Module? FindModule(string audience, string id) =>
        Modules.FirstOrDefault(m => m.Audience == audience && m.Id == id);

    /// <summary>
    /// The text to show for a message in a language. A missing, empty or stale (fuzzy) translation
    /// falls back to English rather than showing outdated advice to a child.
    /// </summary>
    public LocalizedText Localize(string language, SourceMessage message)
    {
        if (language == SourceLanguage || !Translations.TryGetValue(language, out var catalog))
            return new LocalizedText(message.Key, message.Text, false, language != SourceLanguage);
        var entry = catalog.Find(message.Key);
        if (entry is null || entry.Translation.Length == 0 || entry.IsFuzzy || entry.Id != message.Text)
            return new LocalizedText(message.Key, message.Text, false, true);
        return new LocalizedText(message.Key, entry.Translation, catalog.IsDraft || entry.IsDraft, false);
    }
}
