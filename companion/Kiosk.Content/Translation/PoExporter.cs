using System.Text;

namespace Kiosk.Content;

/// <summary>
/// Builds and writes the PO catalog for one language from the English sources, keeping what
/// translators already did: an entry whose English changed keeps its translation but is flagged
/// fuzzy with the old English as <c>#| msgid</c>, so the translator sees what to revise.
/// </summary>
public static class PoExporter
{
    /// <summary>Merges the current sources into <paramref name="existing"/> (or a fresh catalog) and returns the result.</summary>
    public static PoCatalog Update(Curriculum curriculum, string language, PoCatalog? existing)
    {
        var catalog = new PoCatalog { File = existing?.File ?? TranslationPath(language) };
        if (existing is null)
        {
            catalog.Header.Add(new PoHeaderField("Project-Id-Version", "kiosk-curriculum"));
            catalog.Header.Add(new PoHeaderField("Language", language));
            catalog.Header.Add(new PoHeaderField("MIME-Version", "1.0"));
            catalog.Header.Add(new PoHeaderField("Content-Type", "text/plain; charset=UTF-8"));
            catalog.Header.Add(new PoHeaderField("Content-Transfer-Encoding", "8bit"));
            catalog.Header.Add(new PoHeaderField(PoCatalog.ReviewStatusField, "draft"));
        }
        else
        {
            catalog.HeaderComments.AddRange(existing.HeaderComments);
            catalog.HeaderFlags.AddRange(existing.HeaderFlags);
            catalog.Header.AddRange(existing.Header);
            catalog.SetHeader("Language", language);
        }

        var used = new HashSet<PoEntry>();
        foreach (var message in curriculum.Messages())
        {
            var old = existing?.Entries.FirstOrDefault(e => e.Context == message.Key && !used.Contains(e));
            if (old is not null)
                used.Add(old);
            catalog.Entries.Add(Merge(message, old));
        }
        if (existing is not null)
            foreach (var gone in existing.Entries.Where(e => !used.Contains(e) && e.Translation.Length > 0))
                catalog.Entries.Add(Retire(gone));
        return catalog;
    }

    private static PoEntry Merge(SourceMessage message, PoEntry? old)
    {
        var entry = new PoEntry { Context = message.Key, Id = message.Text };
        entry.ExtractedComments.Add($"max {TextBudget.MaxWords(message)} words");
        entry.References.Add($"{message.Location.File}:{message.Location.Line}");
        if (old is null)
            return entry;
        entry.Translation = old.Translation;
        entry.TranslatorComments.AddRange(old.TranslatorComments);
        entry.Flags.AddRange(old.Flags);
        entry.PreviousContext = old.PreviousContext;
        entry.PreviousId = old.PreviousId;
        var sourceChanged = old.Id != message.Text;
        if (entry.Translation.Length == 0)
        {
            entry.SetFlag(PoEntry.FuzzyFlag, false);
            entry.PreviousId = null;
            entry.PreviousContext = null;
        }
        else if (sourceChanged)
        {
            entry.SetFlag(PoEntry.FuzzyFlag, true);
            // Keep the oldest English the translation was made for, not an intermediate edit.
            entry.PreviousId ??= old.Id;
        }
        return entry;
    }

    private static PoEntry Retire(PoEntry gone)
    {
        var entry = new PoEntry
        {
            Context = gone.Context,
            Id = gone.Id,
            Translation = gone.Translation,
            IsObsolete = true,
        };
        entry.TranslatorComments.AddRange(gone.TranslatorComments);
        entry.Flags.AddRange(gone.Flags);
        return entry;
    }

    /// <summary>Path of a language's catalog relative to the curriculum root.</summary>
    public static string TranslationPath(string language) => $"translations/{language}.po";

    /// <summary>Updates <c>translations/&lt;language&gt;.po</c> under the curriculum root in place and returns the catalog written.</summary>
    public static PoCatalog ExportFile(Curriculum curriculum, string language)
    {
        var relative = TranslationPath(language);
        var path = Path.Combine(curriculum.RootDirectory, relative);
        var existing = File.Exists(path) ? PoImporter.ReadFile(path, relative) : null;
        var catalog = Update(curriculum, language, existing);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Write(catalog), new UTF8Encoding(false));
        return catalog;
    }

    /// <summary>Serialises a catalog. Output is deterministic: reading it back and writing again gives the same bytes.</summary>
    public static string Write(PoCatalog catalog)
    {
        var output = new StringBuilder();
        foreach (var comment in catalog.HeaderComments)
            WriteComment(output, "#", comment);
        if (catalog.HeaderFlags.Count > 0)
            output.Append("#, ").Append(string.Join(", ", catalog.HeaderFlags)).Append('\n');
        output.Append("msgid \"\"\nmsgstr \"\"\n");
        foreach (var field in catalog.Header)
            output.Append('"').Append(PoStringCodec.Escape($"{field.Name}: {field.Value}\n")).Append("\"\n");
        foreach (var entry in catalog.Entries)
        {
            output.Append('\n');
            WriteEntry(output, entry);
        }
        return output.ToString();
    }

    private static void WriteEntry(StringBuilder output, PoEntry entry)
    {
        foreach (var comment in entry.TranslatorComments)
            WriteComment(output, "#", comment);
        foreach (var comment in entry.ExtractedComments)
            WriteComment(output, "#.", comment);
        foreach (var reference in entry.References)
            WriteComment(output, "#:", reference);
        if (entry.Flags.Count > 0)
            output.Append("#, ").Append(string.Join(", ", entry.Flags)).Append('\n');
        if (entry.PreviousContext is not null)
            WriteString(output, "#| ", "msgctxt", entry.PreviousContext);
        if (entry.PreviousId is not null)
            WriteString(output, "#| ", "msgid", entry.PreviousId);
        var prefix = entry.IsObsolete ? "#~ " : "";
        if (entry.Context is not null)
            WriteString(output, prefix, "msgctxt", entry.Context);
        WriteString(output, prefix, "msgid", entry.Id);
        WriteString(output, prefix, "msgstr", entry.Translation);
    }

    private static void WriteComment(StringBuilder output, string marker, string text)
    {
        output.Append(marker);
        if (text.Length > 0)
            output.Append(' ').Append(text);
        output.Append('\n');
    }

    private static void WriteString(StringBuilder output, string prefix, string keyword, string value)
    {
        var breakAt = value.IndexOf('\n');
        if (breakAt < 0 || breakAt == value.Length - 1)
        {
            output.Append(prefix).Append(keyword).Append(" \"").Append(PoStringCodec.Escape(value)).Append("\"\n");
            return;
        }
        // Multi-line text is written one source line per PO line, as gettext tools do.
        output.Append(prefix).Append(keyword).Append(" \"\"\n");
        var start = 0;
        while (start < value.Length)
        {
            var end = value.IndexOf('\n', start);
            end = end < 0 ? value.Length : end + 1;
            output.Append(prefix).Append('"').Append(PoStringCodec.Escape(value[start..end])).Append("\"\n");
            start = end;
        }
    }
}
