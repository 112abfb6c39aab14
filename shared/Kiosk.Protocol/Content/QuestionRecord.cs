namespace Kiosk.Protocol.Content;

/// <summary>A quiz question: the page that asks it and its choices in display order.</summary>
public sealed class QuestionRecord
{
    public int Page;
    public ChoiceRecord[] Choices;
}
