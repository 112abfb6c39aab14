namespace Kiosk.Protocol.Content;

/// <summary>One lesson module as the kiosk menu and lesson flow need it.</summary>
public sealed class ModuleRecord
{
    /// <summary>Stable id, e.g. "age9to12.private-eye"; usage reports count by it.</summary>
    public string Id;

    /// <summary><see cref="Kiosk.Protocol.Messages.Audience"/> value.</summary>
    public int Audience;

    /// <summary><see cref="Kiosk.Protocol.Messages.AgeBand"/> value.</summary>
    public int AgeBand;

    /// <summary>Text block of the module title (for menus and the top bar).</summary>
    public int TitleBlock;

    /// <summary>The lesson's pages, in reading order.</summary>
    public int[] Pages;

    public QuestionRecord[] Questions;
}
