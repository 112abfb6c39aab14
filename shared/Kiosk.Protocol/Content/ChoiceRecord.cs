namespace Kiosk.Protocol.Content;

/// <summary>One answer button of a quiz question.</summary>
public sealed class ChoiceRecord
{
    /// <summary>Text block of the button label, blended for the accent colours.</summary>
    public int LabelBlock;

    public bool Correct;

    /// <summary>Page shown after this choice is touched.</summary>
    public int FeedbackPage;
}
