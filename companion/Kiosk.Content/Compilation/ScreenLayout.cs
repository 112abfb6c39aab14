using Kiosk.Content.Packaging;
using Kiosk.Typesetting;

namespace Kiosk.Content.Compilation;

/// <summary>
/// The text styles and boxes of one display profile (docs/compiler.md draws them). The compiler
/// and the fit check use the same numbers, so lint reports exactly what the build would split
/// or refuse.
/// </summary>
public sealed class ScreenLayout(DisplayProfile profile)
{
    /// <summary>A page body may run over at most this many screens before lint calls it too long.</summary>
    public const int MaxScreensPerPage = 3;

    /// <summary>Inner padding of a button at the sides of its label (above and below it is 1 px; labels are centred).</summary>
    public const int ButtonPadding = 4;

    /// <summary>Width of the coloured bar beside feedback text.</summary>
    public const int FeedbackBarWidth = 6;

    public DisplayProfile Profile => profile;

    public int Width => profile.Content.Width;

    /// <summary>Height of lesson, feedback and help pages: the content area.</summary>
    public int Height => profile.Content.Height;

    /// <summary>
    /// Height of a question page: the content area and the bottom bar, which a question does not
    /// need (the answers are the way on; Home and help stay in the top bar).
    /// </summary>
    public int QuestionHeight => profile.BottomBar.Y + profile.BottomBar.Height - profile.Content.Y;

    public int Margin => profile.Margin;

    public int TouchTarget => profile.MinTouchTargetPx;

    public TextStyle Title => new(profile.FontSizes.Title, FontWeight.Bold, LineHeight: 1.3f);

    public TextStyle Body => new(profile.FontSizes.Body, LineHeight: 1.4f);

    /// <summary>The fallback when body text does not fit a fixed box (questions, feedback).</summary>
    public TextStyle Small => new(profile.FontSizes.Caption, LineHeight: 1.35f);

    public TextStyle Button => new(profile.FontSizes.Button, FontWeight.Bold, LineHeight: 1.25f, Alignment: TextAlignment.Centre);

    public TextStyle SmallButton => new(profile.FontSizes.Caption, FontWeight.Bold, LineHeight: 1.25f, Alignment: TextAlignment.Centre);

    /// <summary>Chrome labels and the run-time digits drawn beside them.</summary>
    public TextStyle Bar => new(profile.FontSizes.Button, FontWeight.Bold, LineHeight: 1.25f);

    public TextStyle Caption => new(profile.FontSizes.Caption, LineHeight: 1.3f);

    /// <summary>The last resort for a title in the top bar.</summary>
    public TextStyle SmallBar => new(profile.FontSizes.Caption, FontWeight.Bold, LineHeight: 1.2f);

    /// <summary>Room for a title of two lines, with space for stacked marks.</summary>
    public int TitleMaxHeight => (int)MathF.Ceiling(2.5f * Title.FontSizePx * Title.LineHeight);

    /// <summary>Module titles sit in the top bar beside the help button.</summary>
    public int BarTitleWidth => (profile.TopBar.Width * 3 / 5) - Margin;

    public int BarTitleHeight => profile.TopBar.Height - 4;

    /// <summary>The help button's label: the top bar beside the lesson title.</summary>
    public int HelpButtonWidth => profile.TopBar.Width - BarTitleWidth - (3 * Margin);

    /// <summary>Chrome labels (next, back) take at most half a bar.</summary>
    public int BarLabelWidth => (profile.BottomBar.Width / 2) - Margin;

    public int BarLabelHeight => Math.Min(profile.TopBar.Height, profile.BottomBar.Height) - 4;

    /// <summary>
    /// The teacher's counts page (the kiosk draws it the same way): a head row and one row per
    /// usage event share the content area less its margins.
    /// </summary>
    public int CountsRowHeight => (Height - (2 * Margin)) / (Enum.GetValues<Kiosk.Protocol.Messages.UsageEvent>().Length + 1);

    /// <summary>An event's name: the reading-start half less the margins and the colour key (a square of the row less 6 px).</summary>
    public int CountsLabelWidth => (Width / 2) - (2 * Margin) - (CountsRowHeight - 6) - (Margin / 2);

    /// <summary>A column head ("Today"): a quarter of the width less a margin.</summary>
    public int CountsColumnWidth => (Width / 4) - Margin;

    public int ArtWidth => (Width - (3 * Margin)) * 2 / 5;

    /// <summary>Space between answer buttons and between the question and the first button.</summary>
    public int ButtonGap(QuizArrangement arrangement) => IsCompact(arrangement) ? 2 : Margin / 2;

    /// <summary>Space above the question and below the last button.</summary>
    public int QuizMargin(QuizArrangement arrangement) => IsCompact(arrangement) ? Margin / 2 : Margin;

    /// <summary>Width of the question text: the page's, or a column beside the answers.</summary>
    public int QuestionWidth(QuizArrangement arrangement) =>
        arrangement switch
        {
            QuizArrangement.Beside => (Width - (3 * Margin)) * 2 / 5,
            QuizArrangement.BesideNarrow => (Width - (3 * Margin)) / 3,
            _ => Width - (2 * Margin),
        };

    public static int ButtonColumns(QuizArrangement arrangement, int choices) =>
        arrangement != QuizArrangement.Grid || choices == 1 ? 1 : 2;

    public int ButtonWidth(QuizArrangement arrangement, int choices, int index)
    {
        int columns = ButtonColumns(arrangement, choices);
        bool alone = columns > 1 && choices % columns == 1 && index == choices - 1;
        if (IsBeside(arrangement))
        {
            return Width - (2 * Margin) - Margin - QuestionWidth(arrangement);
        }
        return columns == 1 || alone ? Width - (2 * Margin) : (Width - (2 * Margin) - ButtonGap(arrangement)) / 2;
    }

    /// <summary>
    /// Button height: the minimum touch target, except beside the question, where the answers
    /// share the page's height (more lines for long answers, never less than the touch target).
    /// </summary>
    public int ButtonHeight(QuizArrangement arrangement, int choices) => IsBeside(arrangement)
        ? Math.Max(TouchTarget, (QuestionHeight - (2 * QuizMargin(arrangement)) - ((choices - 1) * ButtonGap(arrangement))) / choices)
        : TouchTarget;

    /// <summary>Top-left corner of a button on a left-to-right page; buttons sit at the bottom of the question page.</summary>
    public (int X, int Y) ButtonOrigin(QuizArrangement arrangement, int choices, int index)
    {
        int columns = ButtonColumns(arrangement, choices);
        int rows = (choices + columns - 1) / columns;
        int gap = ButtonGap(arrangement);
        int height = ButtonHeight(arrangement, choices);
        int top = QuestionHeight - QuizMargin(arrangement) - (rows * height) - ((rows - 1) * gap);
        int column = index % columns;
        int row = index / columns;
        int left = IsBeside(arrangement) ? Margin + QuestionWidth(arrangement) + Margin : Margin;
        return (left + (column * (ButtonWidth(arrangement, choices, 0) + gap)), top + (row * (height + gap)));
    }

    /// <summary>Height left for the question text above the buttons.</summary>
    public int QuestionTextHeight(QuizArrangement arrangement, int choices) => IsBeside(arrangement)
        ? QuestionHeight - (2 * QuizMargin(arrangement))
        : ButtonOrigin(arrangement, choices, 0).Y - QuizMargin(arrangement) - ButtonGap(arrangement);

    /// <summary>Question styles, largest first; the compact arrangement also sets lines closer.</summary>
    public IReadOnlyList<TextStyle> QuestionStyles(QuizArrangement arrangement) =>
        IsCompact(arrangement) ? [Body, Small, Small with { LineHeight = 1.15f }] : [Body, Small];

    private static bool IsCompact(QuizArrangement arrangement) => arrangement is QuizArrangement.CompactStack || IsBeside(arrangement);

    private static bool IsBeside(QuizArrangement arrangement) => arrangement is QuizArrangement.Beside or QuizArrangement.BesideNarrow;

    /// <summary>Answer label styles, largest first; the regular weight is narrower than bold.</summary>
    public IReadOnlyList<TextStyle> AnswerStyles => [Button, SmallButton, SmallButton with { Weight = FontWeight.Regular }];

    /// <summary>The box an answer label is fitted in: the button less its padding.</summary>
    public (int Width, int Height) AnswerBox(QuizArrangement arrangement, int choices, int index) =>
        (ButtonWidth(arrangement, choices, index) - (2 * ButtonPadding), ButtonHeight(arrangement, choices) - 2);
}
