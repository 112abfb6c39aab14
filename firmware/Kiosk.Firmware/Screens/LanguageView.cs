using System;
using Kiosk.Protocol.Content;

namespace Kiosk.Firmware.Screens;

/// <summary>
/// One installed language as the screens draw it: its bundle, its labels and its (possibly
/// mirrored) chrome layout. It holds no scene or renderer: the screens share one of each across
/// languages and bind it to the language being drawn.
/// </summary>
public sealed class LanguageView
{
    public LanguageView(ContentBundle content)
    {
        if (content == null)
        {
            throw new ArgumentNullException("content");
        }

        Content = content;
        Index = content.Index;
        Labels = new UiLabels(Index);
        Layout = new ChromeLayout(Index.Display, Index.RightToLeft);
    }

    public ContentBundle Content { get; private set; }

    public ContentIndex Index { get; private set; }

    public string Language => Index.Language;

    public UiLabels Labels { get; private set; }

    public ChromeLayout Layout { get; private set; }

    public ContentTheme Theme => Index.Theme;
}
