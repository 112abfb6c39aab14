using System;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Rendering;
using Kiosk.Protocol.Content;

namespace Kiosk.Firmware.Screens;

/// <summary>
/// One installed language as the screens draw it: its bundle, a scene and a strip renderer
/// bound to it, its labels and its (possibly mirrored) chrome layout. The small overlay scene
/// draws this language's name on another language's screen (the language picker).
/// </summary>
public sealed class LanguageView
{
    public const int SceneCapacity = 160;
    private const int OverlayCapacity = 8;

    public LanguageView(ContentBundle content, IDisplay display)
    {
        if (content == null)
        {
            throw new ArgumentNullException("content");
        }

        Content = content;
        Index = content.Index;
        Labels = new UiLabels(Index);
        Layout = new ChromeLayout(Index.Display, Index.RightToLeft);
        Scene = new Scene(content, SceneCapacity);
        Overlay = new Scene(content, OverlayCapacity);
        int strip = Index.Display.StripHeight;
        if (strip < 1 || strip > display.Height)
        {
            strip = display.Height < 16 ? display.Height : 16;
        }

        Renderer = new StripRenderer(display, content, strip);
    }

    public ContentBundle Content { get; private set; }

    public ContentIndex Index { get; private set; }

    public string Language => Index.Language;

    public UiLabels Labels { get; private set; }

    public ChromeLayout Layout { get; private set; }

    public Scene Scene { get; private set; }

    public Scene Overlay { get; private set; }

    public StripRenderer Renderer { get; private set; }

    public ContentTheme Theme => Index.Theme;
}
