namespace Kiosk.Content;

/// <summary>The kiosk's interface text (buttons, prompts) and the name of each language in its own script.</summary>
public sealed class UiStrings
{
    /// <summary>Ids the kiosk firmware looks up; the linter reports any that ui.yaml lacks.</summary>
    public static IReadOnlyList<string> RequiredIds { get; } =
    [
        "start.touch", "language.choose", "role.ask", "role.child", "role.parent", "role.teacher",
        "age.ask", "age.under9", "age.9to12", "age.13to17", "nav.next", "nav.back", "nav.home",
        "quiz.check", "quiz.tryAgain", "quiz.wellDone", "quiz.progress", "help.button",
        "teacher.pin", "teacher.wrongPin",
    ];

    public required IReadOnlyList<SourceMessage> Strings { get; init; }

    /// <summary>Language code to native name. Not translated: each name is always shown in its own script.</summary>
    public required IReadOnlyDictionary<string, string> LanguageNames { get; init; }
    public required string File { get; init; }

    public SourceMessage? Find(string id) => Strings.FirstOrDefault(s => s.Key == "ui/" + id);
}
