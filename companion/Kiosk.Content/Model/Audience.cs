namespace Kiosk.Content;

/// <summary>The learner groups the kiosk offers, with the text budgets each one can read on a small screen.</summary>
public sealed record Audience(string Id, bool IsChild, int MaxBodyWords, int MaxTitleWords, int MinQuestions, int MaxQuestions)
{
    public const string Under9 = "under9";
    public const string Age9To12 = "age9to12";
    public const string Age13To17 = "age13to17";
    public const string Parents = "parents";
    public const string Teachers = "teachers";

    /// <summary>Marks strings that belong to no lesson (UI, help); they follow <see cref="SharedText"/>.</summary>
    public const string Shared = "shared";

    // Budgets: a 320x240 page holds roughly 25 large-print words for young readers and about
    // 60 words of ordinary text for adults; the typesetter does the exact fitting later.

    /// <summary>The five audiences, in menu order.</summary>
    public static IReadOnlyList<Audience> All { get; } =
    [
        new(Under9, true, 25, 5, 1, 1),
        new(Age9To12, true, 40, 6, 3, 5),
        new(Age13To17, true, 50, 7, 3, 5),
        new(Parents, false, 60, 8, 3, 5),
        new(Teachers, false, 60, 8, 3, 5),
    ];

    /// <summary>Budget for UI and help text, which every audience (including young children) reads.</summary>
    public static Audience SharedText { get; } = new(Shared, true, 40, 6, 0, 0);

    /// <summary>One of the five audiences, or null (also for <see cref="Shared"/>).</summary>
    public static Audience? Find(string id) => All.FirstOrDefault(a => a.Id == id);
}
