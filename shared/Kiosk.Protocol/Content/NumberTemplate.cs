namespace Kiosk.Protocol.Content;

/// <summary>
/// A UI string with numbers in it, such as "Question {n} of {total}", as segments in visual
/// order (already reversed for right-to-left languages): text blocks and number slots. The
/// device lays the segments out left to right, drawing each number with the bundle's digits.
/// </summary>
public sealed class NumberTemplate
{
    public const int SegmentText = 0;
    public const int SegmentNumber = 1;

    public string LabelId;

    /// <summary><see cref="SegmentText"/> or <see cref="SegmentNumber"/> per segment.</summary>
    public int[] Kinds;

    /// <summary>Text block id, or the number's argument index (0 for {n}, 1 for {total}).</summary>
    public int[] Values;
}
