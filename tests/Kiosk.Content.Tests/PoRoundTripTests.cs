using System.Text;

namespace Kiosk.Content.Tests;

public sealed class PoRoundTripTests
{
    public static TheoryData<string> ShippedLanguages => new() { "th", "hi", "ar", "km", "sw", "es", "fr" };

    [Theory]
    [MemberData(nameof(ShippedLanguages))]
    public void Shipped_catalog_reads_and_writes_back_byte_identical(string language)
    {
        var path = Path.Combine(CurriculumPaths.ShippedRoot, "translations", language + ".po");
        var bytes = File.ReadAllBytes(path);
        var catalog = PoImporter.Read(Encoding.UTF8.GetString(bytes), path);
        Assert.Equal(bytes, new UTF8Encoding(false).GetBytes(PoExporter.Write(catalog)));
    }

    [Theory]
    [MemberData(nameof(ShippedLanguages))]
    public void Shipped_catalog_is_up_to_date_with_the_sources(string language)
    {
        var curriculum = CurriculumLoader.Load(CurriculumPaths.ShippedRoot);
        var path = Path.Combine(CurriculumPaths.ShippedRoot, "translations", language + ".po");
        var updated = PoExporter.Update(curriculum, language, curriculum.Translations[language]);
        Assert.Equal(File.ReadAllText(path), PoExporter.Write(updated));
    }

    [Fact]
    public void Hand_written_po_with_gettext_habits_is_read()
    {
        const string text = "# translator note\n#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"X-Review-Status: draft\\n\"\n\n"
            + "#. hint\n#: a.yaml:3\n#, draft, c-format\n#| msgid \"Old\"\nmsgctxt \"k/one\"\nmsgid \"\"\n\"Line one\\n\"\n\"line two\"\nmsgstr \"Ligne un\\nligne \\\"deux\\\"\\t\\\\\"\n"
            + "\n#~ msgctxt \"k/gone\"\n#~ msgid \"Gone\"\n#~ msgstr \"Parti\"\n";
        var catalog = PoImporter.Read(text, "x.po");
        Assert.Equal(["translator note"], catalog.HeaderComments);
        Assert.Equal(["fuzzy"], catalog.HeaderFlags);
        Assert.True(catalog.IsDraft);
        Assert.Equal("fr", catalog.Language);
        Assert.Equal(2, catalog.Entries.Count);
        var entry = catalog.Entries[0];
        Assert.Equal("k/one", entry.Context);
        Assert.Equal("Line one\nline two", entry.Id);
        Assert.Equal("Ligne un\nligne \"deux\"\t\\", entry.Translation);
        Assert.Equal(["draft", "c-format"], entry.Flags);
        Assert.Equal("Old", entry.PreviousId);
        Assert.Equal(["hint"], entry.ExtractedComments);
        Assert.Equal(["a.yaml:3"], entry.References);
        Assert.Equal(8, entry.Line);
        Assert.True(catalog.Entries[1].IsObsolete);
        Assert.Equal("Parti", catalog.Entries[1].Translation);
    }

    [Theory]
    [InlineData("msgid \"a\"\nmsgstr \"b\n", 2)]
    [InlineData("msgid \"a\"\nmsgstr[0] \"b\"\n", 2)]
    [InlineData("msgid \"a\"\n\nmsgstr \"b\"\n", 1)]
    [InlineData("msgid \"\"\nmsgstr \"\"\n\"no colon here\\n\"\n", 1)]
    [InlineData("msgid \"a\\q\"\nmsgstr \"b\"\n", 1)]
    public void Malformed_po_reports_the_line(string text, int line)
    {
        var error = Assert.Throws<PoSyntaxException>(() => PoImporter.Read(text, "bad.po"));
        Assert.Equal(line, error.Line);
        Assert.Equal("bad.po", error.File);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_catalog_round_trips_without_loss(int seed)
    {
        var random = new Random(seed);
        var original = RandomCatalog(random);
        var written = PoExporter.Write(original);
        var read = PoImporter.Read(written, "random.po");

        Assert.Equal(original.HeaderComments, read.HeaderComments);
        Assert.Equal(original.HeaderFlags, read.HeaderFlags);
        Assert.Equal(original.Header, read.Header);
        Assert.Equal(original.Entries.Count, read.Entries.Count);
        for (var i = 0; i < original.Entries.Count; i++)
        {
            var expected = original.Entries[i];
            var actual = read.Entries[i];
            Assert.Equal(expected.Context, actual.Context);
            Assert.Equal(expected.Id, actual.Id);
            Assert.Equal(expected.Translation, actual.Translation);
            Assert.Equal(expected.TranslatorComments, actual.TranslatorComments);
            Assert.Equal(expected.ExtractedComments, actual.ExtractedComments);
            Assert.Equal(expected.References, actual.References);
            Assert.Equal(expected.Flags, actual.Flags);
            Assert.Equal(expected.PreviousContext, actual.PreviousContext);
            Assert.Equal(expected.PreviousId, actual.PreviousId);
            Assert.Equal(expected.IsObsolete, actual.IsObsolete);
        }
        Assert.Equal(written, PoExporter.Write(read));
    }

    // Characters that stress the format: quotes, backslashes, line breaks, tabs, other controls,
    // and scripts the kiosk ships (Thai, Devanagari, Arabic, Khmer) plus a character outside the BMP.
    private static readonly string[] Pieces =
    [
        "a", "Z", " ", "  ", "\"", "\\", "\\n", "\n", "\t", "\r", "\a", "\u0001", "\u007f", "{n}", "%s", "#", "#~", "msgid ",
        "ก", "ำ", "๒", "ह", "ि", "न्", "ع", "ر", "ب", "ي", "ក", "្", "ម", "é", "ß", "\u00a0", "\u200b", "😀", "«", "»",
    ];

    private static string RandomText(Random random, int maxPieces)
    {
        var builder = new StringBuilder();
        var count = random.Next(maxPieces + 1);
        for (var i = 0; i < count; i++)
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        return builder.ToString();
    }

    // Comments are single lines; gettext cannot carry line breaks in them.
    private static string RandomComment(Random random) => RandomText(random, 12).Replace("\n", "").Replace("\r", "");

    private static PoCatalog RandomCatalog(Random random)
    {
        var catalog = new PoCatalog();
        catalog.HeaderComments.Add(RandomComment(random));
        catalog.HeaderFlags.Add("fuzzy");
        catalog.Header.Add(new PoHeaderField("Language", "th"));
        catalog.Header.Add(new PoHeaderField(PoCatalog.ReviewStatusField, "draft"));
        catalog.Header.Add(new PoHeaderField("X-Note", "ไทย «ok» \"quoted\""));
        for (var i = 0; i < 60; i++)
        {
            var entry = new PoEntry
            {
                Context = random.Next(5) == 0 ? null : $"audience/module-{i}/page{random.Next(9)}.body",
                Id = "s" + RandomText(random, 20),
                Translation = RandomText(random, 20),
                IsObsolete = random.Next(8) == 0,
            };
            for (var c = random.Next(3); c > 0; c--)
                entry.TranslatorComments.Add(RandomComment(random));
            for (var c = random.Next(2); c > 0; c--)
                entry.ExtractedComments.Add(RandomComment(random));
            if (random.Next(2) == 0)
                entry.References.Add($"modules/x/lesson.yaml:{random.Next(1, 400)}");
            if (random.Next(2) == 0)
                entry.Flags.Add(PoEntry.DraftFlag);
            if (random.Next(3) == 0)
            {
                entry.Flags.Add(PoEntry.FuzzyFlag);
                entry.PreviousId = RandomText(random, 10);
                if (random.Next(2) == 0)
                    entry.PreviousContext = "old/" + i;
            }
            catalog.Entries.Add(entry);
        }
        return catalog;
    }
}
