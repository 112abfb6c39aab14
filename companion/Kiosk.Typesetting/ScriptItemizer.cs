using System.Text;
using HarfBuzzSharp;

namespace Kiosk.Typesetting;

/// <summary>
/// Splits a paragraph into items of equal bidi level, script and face. Characters of the Common
/// and Inherited scripts (spaces, punctuation, digits, combining marks) take the script of the
/// text before them, or after them at the start, so "2024" inside Arabic stays in the Arabic run's
/// script while its bidi level keeps it a separate left-to-right item.
/// </summary>
internal static class ScriptItemizer
{
    public static IReadOnlyList<TextItem> Itemize(string text, byte[] levels, FontSet fonts, FontWeight weight)
    {
        var scripts = ResolveScripts(text);
        var items = new List<TextItem>();
        int runStart = 0;
        FontFace? runFace = null;
        for (int i = 0; i < text.Length;)
        {
            var rune = RuneAt(text, i);
            var face = FaceFor(fonts, scripts[i], weight, rune.Value, runFace, runStart < i);
            if (i > runStart && (levels[i] != levels[runStart] || scripts[i] != scripts[runStart] || face != runFace))
            {
                items.Add(new TextItem(runStart, i - runStart, levels[runStart], scripts[runStart], runFace!));
                runStart = i;
            }
            runFace = i == runStart ? face : runFace;
            i += rune.Utf16SequenceLength;
        }
        if (text.Length > runStart)
        {
            items.Add(new TextItem(runStart, text.Length - runStart, levels[runStart], scripts[runStart], runFace!));
        }
        return items;
    }

    // A mark or joiner must stay in the face of its base character, or HarfBuzz cannot position it.
    private static FontFace FaceFor(FontSet fonts, string script, FontWeight weight, int codepoint, FontFace? current, bool inRun)
    {
        var category = UnicodeFunctions.Default.GetGeneralCategory(codepoint);
        bool clingsToBase = category is UnicodeGeneralCategory.NonSpacingMark or UnicodeGeneralCategory.SpacingMark
            or UnicodeGeneralCategory.EnclosingMark or UnicodeGeneralCategory.Format;
        if (inRun && current != null && (clingsToBase || (IsCommon(codepoint) && current.HasGlyph(codepoint))))
        {
            return current;
        }
        return fonts.Pick(script, weight, codepoint);
    }

    private static bool IsCommon(int codepoint)
    {
        var tag = UnicodeFunctions.Default.GetScript(codepoint).ToString();
        return tag is "Zyyy" or "Zinh" or "Zzzz";
    }

    // Lone surrogates decode as U+FFFD instead of throwing; they still cover one code unit.
    internal static Rune RuneAt(string text, int index)
    {
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _);
        return rune;
    }

    private static string[] ResolveScripts(string text)
    {
        var scripts = new string[text.Length];
        string? last = null;
        for (int i = 0; i < text.Length;)
        {
            var rune = RuneAt(text, i);
            var tag = UnicodeFunctions.Default.GetScript(rune.Value).ToString();
            if (tag is not ("Zyyy" or "Zinh" or "Zzzz"))
            {
                last = tag;
            }
            for (int k = 0; k < rune.Utf16SequenceLength; k++)
            {
                scripts[i + k] = tag is "Zyyy" or "Zinh" or "Zzzz" ? last ?? "" : tag;
            }
            i += rune.Utf16SequenceLength;
        }
        // Leading common characters take the first real script that follows them.
        string next = "Zyyy";
        for (int i = text.Length - 1; i >= 0; i--)
        {
            if (scripts[i].Length == 0)
            {
                scripts[i] = next;
            }
            else
            {
                next = scripts[i];
            }
        }
        return scripts;
    }
}
