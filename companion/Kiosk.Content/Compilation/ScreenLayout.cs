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

    /// <summary>Inner padding of a button around its label.</summary>
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

    /// <summary>Room for a title of two lines, with space for stacked marks.</summary>
    public int TitleMaxHeight => (int)MathF.Ceiling(2.5f * Title.FontSizePx * Title.LineHeight);

    /// <summary>Module titles sit in the top bar beside the help button.</summary>
    public int BarTitleWidth => (profile.TopBar.Width * 2 / 3) - Margin;

    public int BarTitleHeight => profile.TopBar.Height - 4;

    /// <summary>Chrome labels (next, back, help) take at most half a bar.</summary>
    public int BarLabelWidth => (profile.BottomBar.Width / 2) - Margin;

    public int BarLabelHeight => Math.Min(profile.TopBar.Height, profile.BottomBar.Height) - 4;

    public int ArtWidth => (Width - (3 * Margin)) * 2 / 5;

    /// <summary>Columns of answer buttons: two, so labels stay readable on the small panels.</summary>
    public static int ButtonColumns(int choices) => choices == 1 ? 1 : 2;

    public int ButtonWidth(int choices, int index)
    {
        int columns = ButtonColumns(choices);
        // An odd last answer spans the row.
        bool alone = choices % columns == 1 && index == choices - 1;
        return alone ? Width - (2 * Margin) : (Width - (2 * Margin) - ((columns - 1) * Margin)) / columns;
    }

    public (int X, int Y) ButtonOrigin(int choices, int index)
    {
        int columns = ButtonColumns(choices);
        int rows = (choices + columns - 1) / columns;
        int top = QuestionHeight - Margin - (rows * TouchTarget) - ((rows - 1) * Margin);
        int column = index % columns;
        int row = index / columns;
        return (Margin + (column * (ButtonWidth(choices, 0) + Margin)), top + (row * (TouchTarget + Margin)));
    }

    /// <summary>Height left for the question text above the buttons.</summary>
    public int QuestionTextHeight(int choices) => ButtonOrigin(choices, 0).Y - (2 * Margin);
}
