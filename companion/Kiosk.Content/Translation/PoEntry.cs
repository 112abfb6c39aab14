namespace Kiosk.Content;

/// <summary>One gettext PO entry. Plural forms are not used by the curriculum and not modelled.</summary>
public sealed class PoEntry
{
    public const string FuzzyFlag = "fuzzy";

    /// <summary>Our own flag: the translation is a machine or first draft nobody has reviewed yet.</summary>
    public const string DraftFlag = "draft";

    /// <summary>msgctxt: the stable message key, e.g. <c>age9to12/private-eye/page2.body</c>.</summary>
    public string? Context { get; set; }

    /// <summary>msgid: the English source text.</summary>
    public string Id { get; set; } = "";

    /// <summary>msgstr: the translation, empty when untranslated.</summary>
    public string Translation { get; set; } = "";

    /// <summary>"# " lines, written by translators and reviewers.</summary>
    public List<string> TranslatorComments { get; } = [];

    /// <summary>"#." lines, written by the exporter (hints such as word budgets).</summary>
    public List<string> ExtractedComments { get; } = [];

    /// <summary>"#:" lines: where the source string is.</summary>
    public List<string> References { get; } = [];
    public List<string> Flags { get; } = [];

    /// <summary>"#| msgctxt": the previous context of a fuzzy entry.</summary>
    public string? PreviousContext { get; set; }

    /// <summary>"#| msgid": the English text the translation was made for, kept when the source changed.</summary>
    public string? PreviousId { get; set; }

    /// <summary>"#~" entries: the source string is gone, the translation is kept in case it returns.</summary>
    public bool IsObsolete { get; set; }

    /// <summary>Line of the first line of the entry in the file it was read from (0 when built in memory).</summary>
    public int Line { get; set; }

    public bool IsFuzzy => Flags.Contains(FuzzyFlag);
    public bool IsDraft => Flags.Contains(DraftFlag);

    public void SetFlag(string flag, bool on)
    {
        if (on && !Flags.Contains(flag))
            Flags.Add(flag);
        else if (!on)
            Flags.Remove(flag);
    }
}
