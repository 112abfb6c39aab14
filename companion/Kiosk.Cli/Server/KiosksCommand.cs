using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Kiosk.Cli.Server;

/// <summary><c>kiosk kiosks provision|list</c>: create a kiosk and write the provisioning file the flashing guide copies to it.</summary>
public static class KiosksCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(ServerOptions server)
    {
        var kiosks = new Command("kiosks", "Provision and list kiosks.");
        kiosks.Add(CreateProvision(server));
        kiosks.Add(CreateList(server));
        return kiosks;
    }

    private static Command CreateProvision(ServerOptions server)
    {
        var group = new Option<string>("--group", "-g") { Description = "The kiosk's group (school).", Required = true };
        var id = new Option<string?>("--id") { Description = "Kiosk id (default: a random install id)." };
        var pin = new Option<string?>("--pin") { Description = "First teacher PIN (default: a random one, printed once)." };
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the provisioning file (default: <kiosk id>.json). Holds the kiosk's MQTT password." };
        var command = new Command("provision", "Create a kiosk on the companion and write its provisioning file.") { group, id, pin, output };
        ServerCommandAction.Set(command, server, async (parse, client, cancellationToken) =>
        {
            var created = await client.PostAsync("/api/kiosks", new { id = parse.GetValue(id), groupId = parse.GetValue(group), teacherPin = parse.GetValue(pin) }, cancellationToken);
            var file = created["provisioningFile"]!;
            var path = parse.GetValue(output) ?? $"{file["kioskId"]}.json";
            await File.WriteAllTextAsync(path, file.ToJsonString(Indented), cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            Console.WriteLine($"Kiosk {file["kioskId"]} in group {file["groupId"]}: provisioning file written to {path} (owner-readable; it holds the MQTT password).");
            Console.WriteLine($"Teacher PIN: {created["teacherPin"]} (shown only now).");
            return 0;
        });
        return command;
    }

    private static Command CreateList(ServerOptions server)
    {
        var group = new Option<string?>("--group", "-g") { Description = "Only this group." };
        var command = new Command("list", "Kiosks with their state and installed content.") { group };
        ServerCommandAction.Set(command, server, async (parse, client, cancellationToken) =>
        {
            var query = parse.GetValue(group) is { } g ? $"?groupId={Uri.EscapeDataString(g)}" : "";
            var table = new Table().AddColumns("kiosk", "group", "online", "firmware", "installed");
            foreach (var kiosk in (await client.GetAsync("/api/kiosks/" + query, cancellationToken)).AsArray())
            {
                var installed = string.Join(" ", (kiosk!["installedBundles"]?.AsArray() ?? []).Select(b => $"{b!["bundleId"]}@{b["version"]}"));
                table.AddRow(Markup.Escape(kiosk["id"]!.ToString()), Markup.Escape(kiosk["groupId"]!.ToString()),
                    kiosk["online"]!.GetValue<bool>() ? "yes" : "no", Markup.Escape(kiosk["firmware"]?.ToString() ?? ""), Markup.Escape(installed));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
