namespace Kiosk.Protocol.Content;

/// <summary>
/// The <c>index</c> section of a content bundle: what the kiosk UI needs to find its way through
/// the other sections (CDDL in docs/content-format.md). Loaded once when a bundle is activated.
/// </summary>
public sealed class ContentIndex
{
    public const int DigitCount = 10;

    /// <summary>BCP 47 language tag.</summary>
    public string Language;

    /// <summary>Pages were mirrored by the compiler; the UI mirrors its chrome too.</summary>
    public bool RightToLeft;

    public DisplayGeometry Display;
    public ContentTheme Theme;

    /// <summary>UI string ids (ui.yaml keys such as "nav.next"), and their text blocks.</summary>
    public string[] LabelIds;
    public int[] LabelBlocks;

    public ModuleRecord[] Modules;

    /// <summary>The "Get help" page with the national helpline.</summary>
    public int HelpPage;

    /// <summary>The language's own name, for the language picker.</summary>
    public int LanguageNameBlock;

    /// <summary>Atlas entries and pen advances of the language's digits 0-9, drawn in the body colours.</summary>
    public int[] DigitEntries;
    public int[] DigitAdvances;

    public NumberTemplate[] Templates;

    /// <summary>The text block of a UI string; false when the bundle lacks it.</summary>
    public bool TryGetLabel(string id, out int block)
    {
        // A few dozen labels, looked up on screen changes only: a linear scan is enough, and
        // string ordering differs between nanoFramework and .NET.
        for (int i = 0; i < LabelIds.Length; i++)
        {
            if (LabelIds[i] == id)
            {
                block = LabelBlocks[i];
                return true;
            }
        }

        block = -1;
        return false;
    }

    /// <summary>The template of a UI string with numbers; null when the bundle lacks it.</summary>
    public NumberTemplate FindTemplate(string labelId)
    {
        for (int i = 0; i < Templates.Length; i++)
        {
            if (Templates[i].LabelId == labelId)
            {
                return Templates[i];
            }
        }

        return null;
    }
}
