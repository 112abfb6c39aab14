namespace Kiosk.Content.Compilation;

/// <summary>How a question page sets out its answer buttons.</summary>
public enum QuizArrangement
{
    /// <summary>One full-width button per row: the longest labels fit.</summary>
    Stack,

    /// <summary>Two buttons per row (an odd last one spans the row): more room for the question.</summary>
    Grid,

    /// <summary>
    /// Full-width rows with the smallest gaps and margins, for the smallest screens when neither
    /// of the others fits; buttons keep the minimum touch target.
    /// </summary>
    CompactStack,

    /// <summary>
    /// The question in a column on the start side, the answers stacked beside it: the last
    /// resort when three answers and a long question share a small screen.
    /// </summary>
    Beside,

    /// <summary>As <see cref="Beside"/> with a narrower question column, for longer answers.</summary>
    BesideNarrow,
}
