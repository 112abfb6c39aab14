namespace Kiosk.Content;

/// <summary>A PO file: header (the entry with an empty msgid) and translation entries in file order.</summary>
public sealed class PoCatalog
{
    public const string ReviewStatusField = "X-Review-Status";

    /// <summary>Comments above the header entry.</summary>
    public List<string> HeaderComments { get; } = [];
    public List<string> HeaderFlags { get; } = [];
    public List<PoHeaderField> Header { get; } = [];
    public List<PoEntry> Entries { get; } = [];

    /// <summary>The file this catalog was read from, relative to the curriculum root when loaded with it.</summary>
    public string File { get; set; } = "";

    public string? GetHeader(string name) =>
        Header.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    public void SetHeader(string name, string value)
    {
        var index = Header.FindIndex(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
            Header[index] = new PoHeaderField(Header[index].Name, value);
        else
            Header.Add(new PoHeaderField(name, value));
    }

    public string? Language => GetHeader("Language");

    /// <summary>The whole file is an unreviewed draft (header <c>X-Review-Status: draft</c>).</summary>
    public bool IsDraft => string.Equals(GetHeader(ReviewStatusField), "draft", StringComparison.OrdinalIgnoreCase);

    public PoEntry? Find(string context) =>
        Entries.FirstOrDefault(e => !e.IsObsolete && e.Context == context);
}
