using Kiosk.Protocol.Content;

namespace Kiosk.Content.Packaging;

/// <summary>
/// Encodes the <c>index</c> section after checking that every page, block and atlas entry it
/// names exists, so a compiler bug fails the build instead of a kiosk.
/// </summary>
public static class IndexWriter
{
    public static byte[] Write(ContentIndex index, int pageCount, int blockCount, int entryCount)
    {
        void Page(int id, string what) => Check(id, pageCount, "page", what);
        void Block(int id, string what) => Check(id, blockCount, "text block", what);

        Page(index.HelpPage, "help page");
        Block(index.LanguageNameBlock, "language name");
        for (int i = 0; i < index.LabelIds.Length; i++)
        {
            Block(index.LabelBlocks[i], $"label {index.LabelIds[i]}");
        }
        foreach (var entry in index.DigitEntries)
        {
            Check(entry, entryCount, "atlas entry", "digit");
        }
        foreach (var module in index.Modules)
        {
            Block(module.TitleBlock, $"{module.Id} title");
            foreach (var page in module.Pages)
            {
                Page(page, module.Id);
            }
            foreach (var question in module.Questions)
            {
                Page(question.Page, $"{module.Id} question");
                foreach (var choice in question.Choices)
                {
                    Block(choice.LabelBlock, $"{module.Id} choice");
                    Page(choice.FeedbackPage, $"{module.Id} feedback");
                }
            }
        }
        foreach (var template in index.Templates)
        {
            for (int s = 0; s < template.Kinds.Length; s++)
            {
                if (template.Kinds[s] == NumberTemplate.SegmentText)
                {
                    Block(template.Values[s], $"template {template.LabelId}");
                }
            }
        }
        return ContentIndexCodec.Encode(index);
    }

    private static void Check(int id, int count, string kind, string what)
    {
        if (id < 0 || id >= count)
        {
            throw new InvalidOperationException($"The index names {kind} {id} for {what}, but there are only {count}.");
        }
    }
}
