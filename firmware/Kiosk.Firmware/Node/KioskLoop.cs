using System;
using Kiosk.Firmware.Content;
using Kiosk.Firmware.Screens;
using Kiosk.Protocol;
using Kiosk.Protocol.Content;

namespace Kiosk.Firmware.Node;

/// <summary>
/// The kiosk's main loop, the same on the board and in the simulator: each turn runs the back
/// end, hands the screens the config and content the back end has now, then runs the screens.
/// The screens only ever see content the store has verified and activated.
/// </summary>
public sealed class KioskLoop
{
    private readonly KioskNode _node;
    private readonly KioskUi _ui;
    private ActiveBundle[] _shown;

    public KioskLoop(KioskNode node, KioskUi ui)
    {
        _node = node;
        _ui = ui;
    }

    /// <summary>Active bundles whose content this firmware could not open, at the last switch.</summary>
    public int UnreadableBundles { get; private set; }

    /// <summary>One turn: back end, then what changed for the screens, then the screens.</summary>
    public void Tick()
    {
        _node.Tick();
        Follow();
        _ui.Tick();
    }

    /// <summary>
    /// Gives the screens the node's current config, and its active content when the store has
    /// switched bundles since the last call. Call once after start-up, before the first turn.
    /// </summary>
    public void Follow()
    {
        _ui.Services.Config = _node.Config.Current;
        ActiveBundle[] active = _node.Content.Active;
        if (active == _shown)
        {
            return;
        }

        _shown = active;
        _ui.SetContent(Open(active));
    }

    // A bundle can be signed and intact yet carry a content format this firmware predates; that
    // language is left out rather than taking the whole kiosk down.
    private ContentBundle[] Open(ActiveBundle[] active)
    {
        var opened = new ContentBundle[active.Length];
        int count = 0;
        for (int i = 0; i < active.Length; i++)
        {
            try
            {
                opened[count] = ContentBundle.Open(active[i].Bundle);
                count++;
            }
            catch (ProtocolDecodeException)
            {
            }
        }

        UnreadableBundles = active.Length - count;
        if (count == opened.Length)
        {
            return opened;
        }

        var readable = new ContentBundle[count];
        Array.Copy(opened, readable, count);
        return readable;
    }
}
