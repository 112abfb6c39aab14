using System.Text;

namespace Kiosk.Content;

/// <summary>
/// Reads gettext PO files (the subset translators' tools produce for plural-free catalogs):
/// comments, flags, previous msgid, msgctxt, multi-line strings, obsolete entries.
/// </summary>
public static class PoImporter
{
    public static PoCatalog ReadFile(string path, string? displayName = null) =>
        Read(File.ReadAllText(path, Encoding.UTF8), displayName ?? path);

    public static PoCatalog Read(string text, string fileName)
    {
        var parser = new Parser(fileName);
        // Some editors save UTF-8 with a byte-order mark; it is not part of the first line.
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
            parser.Accept(lines[i].TrimEnd('\r'), i + 1);
        parser.Finish();
        parser.Catalog.File = fileName;
        return parser.Catalog;
    }

    private enum Field { None, Context, Id, Translation, PreviousContext, PreviousId }

    private sealed class Parser(string fileName)
    {
        public PoCatalog Catalog { get; } = new();
        private PoEntry? _entry;
        private Field _field;
        private bool _seenId;
        private bool _seenTranslation;
        private bool _headerDone;

        public void Accept(string line, int number)
        {
            if (line.Trim().Length == 0)
            {
                FinishEntry(number);
                return;
            }
            if (line.StartsWith("#~", StringComparison.Ordinal))
            {
                var rest = line.Length > 2 && line[2] == ' ' ? line[3..] : line[2..];
                if (rest.StartsWith("#|", StringComparison.Ordinal))
                    throw Error("previous strings inside obsolete entries are not supported", number);
                Keyword(rest, number, obsolete: true);
                return;
            }
            if (line.StartsWith('#'))
            {
                if (_seenTranslation || _seenId)
                    FinishEntry(number);
                Comment(line, number);
                return;
            }
            Keyword(line, number, obsolete: false);
        }

        private void Comment(string line, int number)
        {
            var entry = Begin(number);
            var kind = line.Length > 1 ? line[1] : ' ';
            var body = line.Length > 2 && line[2] == ' ' ? line[3..] : line.Length > 2 ? line[2..] : "";
            switch (kind)
            {
                case ',':
                    foreach (var flag in line[2..].Split(','))
                        if (flag.Trim().Length > 0)
                            entry.Flags.Add(flag.Trim());
                    break;
                case '.': entry.ExtractedComments.Add(body); break;
                case ':': entry.References.Add(body); break;
                case '|': Previous(line.Length > 2 && line[2] == ' ' ? line[3..] : line[2..], number); break;
                default:
                    entry.TranslatorComments.Add(line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..]);
                    break;
            }
        }

        private void Previous(string rest, int number)
        {
            if (rest.StartsWith("msgctxt ", StringComparison.Ordinal))
            {
                _field = Field.PreviousContext;
                _entry!.PreviousContext = Literal(rest[8..], number);
            }
            else if (rest.StartsWith("msgid ", StringComparison.Ordinal))
            {
                _field = Field.PreviousId;
                _entry!.PreviousId = Literal(rest[6..], number);
            }
            else if (rest.StartsWith('"') && _field is Field.PreviousContext or Field.PreviousId)
            {
                var value = Literal(rest, number);
                if (_field == Field.PreviousContext)
                    _entry!.PreviousContext += value;
                else
                    _entry!.PreviousId += value;
            }
            else
                throw Error("unreadable #| line", number);
        }

        private void Keyword(string line, int number, bool obsolete)
        {
            if (line.StartsWith("msgid_plural", StringComparison.Ordinal) || line.StartsWith("msgstr[", StringComparison.Ordinal))
                throw Error("plural forms are not used by the curriculum", number);
            if (line.StartsWith("msgctxt ", StringComparison.Ordinal))
            {
                if (_seenId || _seenTranslation)
                    FinishEntry(number);
                Begin(number).Context = Literal(line[8..], number);
                _field = Field.Context;
            }
            else if (line.StartsWith("msgid ", StringComparison.Ordinal))
            {
                if (_seenId)
                    FinishEntry(number);
                Begin(number).Id = Literal(line[6..], number);
                _field = Field.Id;
                _seenId = true;
            }
            else if (line.StartsWith("msgstr ", StringComparison.Ordinal))
            {
                if (!_seenId || _seenTranslation)
                    throw Error("msgstr without a msgid", number);
                _entry!.Translation = Literal(line[7..], number);
                _field = Field.Translation;
                _seenTranslation = true;
            }
            else if (line.TrimStart().StartsWith('"'))
            {
                var value = Literal(line.TrimStart(), number);
                switch (_field)
                {
                    case Field.Context: _entry!.Context += value; break;
                    case Field.Id: _entry!.Id += value; break;
                    case Field.Translation: _entry!.Translation += value; break;
                    default: throw Error("string continuation without a keyword", number);
                }
            }
            else
                throw Error($"unexpected line '{Shorten(line)}'", number);
            _entry!.IsObsolete |= obsolete;
        }

        private PoEntry Begin(int number)
        {
            if (_entry is null)
            {
                _entry = new PoEntry { Line = number };
                _field = Field.None;
            }
            return _entry;
        }

        private string Literal(string token, int number)
        {
            var trimmed = token.Trim();
            if (trimmed.Length < 2 || trimmed[0] != '"' || trimmed[^1] != '"')
                throw Error("expected a quoted string", number);
            return PoStringCodec.Unescape(trimmed[1..^1], out var error) ?? throw Error(error!, number);
        }

        private void FinishEntry(int number)
        {
            var entry = _entry;
            if (entry is null)
                return;
            if (!_seenId || !_seenTranslation)
                throw Error("entry without msgid and msgstr", entry.Line);
            if (!_headerDone && entry.Id.Length == 0 && entry.Context is null && !entry.IsObsolete)
                ReadHeader(entry);
            else
                Catalog.Entries.Add(entry);
            _headerDone = true;
            _entry = null;
            _seenId = _seenTranslation = false;
            _field = Field.None;
        }

        private void ReadHeader(PoEntry entry)
        {
            Catalog.HeaderComments.AddRange(entry.TranslatorComments);
            Catalog.HeaderFlags.AddRange(entry.Flags);
            foreach (var line in entry.Translation.Split('\n'))
            {
                if (line.Length == 0)
                    continue;
                var colon = line.IndexOf(':');
                if (colon <= 0)
                    throw Error($"header line without a colon: '{Shorten(line)}'", entry.Line);
                Catalog.Header.Add(new PoHeaderField(line[..colon], line[(colon + 1)..].TrimStart()));
            }
        }

        public void Finish()
        {
            if (_entry is not null)
                FinishEntry(_entry.Line);
        }

        private PoSyntaxException Error(string message, int line) => new(message, fileName, line);

        private static string Shorten(string text) => text.Length > 40 ? text[..40] + "..." : text;
    }
}
