using System.CommandLine;
using Kiosk.Cli.Content;
using Kiosk.Cli.Keys;

namespace Kiosk.Cli;

/// <summary>The root of the <c>kiosk</c> tool; each command group lives in its own folder.</summary>
public static class KioskCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("kiosk: tools for program staff running child online-safety kiosks.");
        root.Add(KeysCommand.Create());
        root.Add(ContentCommand.Create());
        return root;
    }
}
