using System;
using Kiosk.Protocol.Content;

namespace Kiosk.Firmware.Screens;

/// <summary>
/// Where the chrome goes on a display profile: the title and "Get help" in the top bar, back,
/// progress and next in the bottom bar, and grids of choice buttons in the content area. For a
/// right-to-left language every horizontal position is mirrored, so "back" sits on the right
/// and a list starts in the right-hand column; vertical positions never change.
/// </summary>
public sealed class ChromeLayout
{
    /// <summary>Space between a label and the edge of its button.</summary>
    public const int Padding = 6;

    /// <summary>Width of the accent frame around a button.</summary>
    public const int Frame = 3;

    public const int GridColumns = 2;

    public ChromeLayout(DisplayGeometry geometry, bool rightToLeft)
    {
        if (geometry == null)
        {
            throw new ArgumentNullException("geometry");
        }

        Geometry = geometry;
        RightToLeft = rightToLeft;
        int rows = (geometry.Content.Height - geometry.Margin) / (geometry.MinTouchTarget + geometry.Margin);
        GridRows = rows < 1 ? 1 : rows;
    }

    public DisplayGeometry Geometry { get; private set; }

    public bool RightToLeft { get; private set; }

    public int GridRows { get; private set; }

    public int GridCapacity => GridRows * GridColumns;

    public int Width => Geometry.Width;

    public int Height => Geometry.Height;

    public int MinTarget => Geometry.MinTouchTarget;

    /// <summary>X of a box of <paramref name="width"/> at the reading start of the screen.</summary>
    public int Leading(int width)
    {
        return RightToLeft ? Geometry.Width - Geometry.Margin - width : Geometry.Margin;
    }

    /// <summary>X of a box of <paramref name="width"/> at the reading end of the screen.</summary>
    public int Trailing(int width)
    {
        return RightToLeft ? Geometry.Margin : Geometry.Width - Geometry.Margin - width;
    }

    /// <summary>Mirrors a box's x for right-to-left; left-to-right keeps it.</summary>
    public int Mirror(int x, int width)
    {
        return RightToLeft ? Geometry.Width - x - width : x;
    }

    /// <summary>Button width for a label: its width plus padding, never under the minimum target.</summary>
    public int ButtonWidth(int labelWidth)
    {
        int width = labelWidth + (2 * (Padding + Frame));
        return width < Geometry.MinTouchTarget ? Geometry.MinTouchTarget : width;
    }

    /// <summary>Buttons in a bar fill it but for a small inset.</summary>
    public int BarButtonHeight(ScreenRect bar)
    {
        return bar.Height - 6;
    }

    /// <summary>
    /// The box of grid cell <paramref name="slot"/> (0 .. <see cref="GridCapacity"/>-1, in reading
    /// order) in the content area; cells are at least the minimum target high.
    /// </summary>
    public void Cell(int slot, out int x, out int y, out int width, out int height)
    {
        ScreenRect content = Geometry.Content;
        int margin = Geometry.Margin;
        width = (content.Width - ((GridColumns + 1) * margin)) / GridColumns;
        height = (content.Height - ((GridRows + 1) * margin)) / GridRows;
        int column = slot % GridColumns;
        int row = slot / GridColumns;
        x = Mirror(content.X + margin + (column * (width + margin)), width);
        y = content.Y + margin + (row * (height + margin));
    }

    /// <summary>
    /// The box of answer button <paramref name="index"/> of <paramref name="count"/> on a question
    /// page, which the compiler draws over the content area and the bottom bar: two columns (one
    /// for a single answer; an odd last answer spans the row), rows of the minimum target height
    /// stacked up from the bottom, first answer at the reading start. The same numbers as the
    /// compiler's ScreenLayout, so touches land on what the page shows.
    /// </summary>
    public void Answer(int index, int count, out int x, out int y, out int width, out int height)
    {
        ScreenRect content = Geometry.Content;
        int margin = Geometry.Margin;
        int target = Geometry.MinTouchTarget;
        int pageHeight = Geometry.BottomBar.Y + Geometry.BottomBar.Height - content.Y;
        int columns = count == 1 ? 1 : 2;
        int rows = (count + columns - 1) / columns;
        int column = index % columns;
        int row = index / columns;
        int columnWidth = (content.Width - (2 * margin) - ((columns - 1) * margin)) / columns;
        bool alone = count % columns == 1 && index == count - 1;
        width = alone ? content.Width - (2 * margin) : columnWidth;
        height = target;
        int top = pageHeight - margin - (rows * target) - ((rows - 1) * margin);
        x = Mirror(content.X + margin + (column * (columnWidth + margin)), width);
        y = content.Y + top + (row * (target + margin));
    }

    /// <summary>The PIN pad: ten keys in two rows of five, centred in the content area.</summary>
    public void PinKey(int digit, out int x, out int y, out int side)
    {
        ScreenRect content = Geometry.Content;
        int margin = Geometry.Margin;
        side = Geometry.MinTouchTarget;
        int rowWidth = (5 * side) + (4 * margin);
        int top = content.Y + ((content.Height - (2 * side) - margin) / 2);
        int slot = digit == 0 ? 9 : digit - 1;
        int left = content.X + ((content.Width - rowWidth) / 2);
        x = Mirror(left + ((slot % 5) * (side + margin)), side);
        y = top + ((slot / 5) * (side + margin));
    }
}
