using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Kiosk.Cli.Server;

/// <summary><c>kiosk rollout start|status|halt|resume|pin|unpin</c>: staged releases and deliberate pins.</summary>
public static class RolloutCommand
{
    public static Command Create(ServerOptions server)
    {
        var rollout = new Command("rollout", "Release content in stages (canary first), watch, halt, resume, pin a version.");
        rollout.Add(CreateStart(server));
        rollout.Add(CreateStatus(server));
        rollout.Add(CreateHalt(server));
        rollout.Add(CreateResume(server));
        rollout.Add(CreatePin(server));
        rollout.Add(CreateUnpin(server));
        return rollout;
    }

    private static Command CreateStart(ServerOptions server)
    {
        var version = new Option<long>("--version") { Description = "The bundle version to release.", Required = true };
        var stages = new Option<string[]>("--stage")
        {
            Description = "Comma-separated group ids of one stage; repeat for each stage, the first is the canary.",
            Required = true,
        };
        var failure = new Option<long>("--failure-percent") { Description = "Halt when more than this share of a stage fails.", DefaultValueFactory = _ => 20 };
        var command = new Command("start", "Start a staged rollout.") { version, stages, failure };
        ServerCommandAction.Set(command, server, async (parse, client, cancellationToken) =>
        {
            var detail = await client.PostAsync("/api/rollouts", new
            {
                version = parse.GetValue(version),
                stages = parse.GetValue(stages)!.Select(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
                failurePercent = parse.GetValue(failure),
            }, cancellationToken);
            Show(detail);
            return 0;
        });
        return command;
    }

    private static Command CreateStatus(ServerOptions server)
    {
        var id = new Argument<string?>("id") { Description = "A rollout id; without it, every rollout.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("status", "Show rollouts, or one rollout with every kiosk's state and failure reason.") { id };
        ServerCommandAction.Set(command, server, async (parse, client, cancellationToken) =>
        {
            if (parse.GetValue(id) is { } one)
            {
                Show(await client.GetAsync($"/api/rollouts/{Uri.EscapeDataString(one)}", cancellationToken));
                return 0;
            }
            var table = new Table().AddColumns("id", "version", "state", "stage", "kiosks", "reason");
            foreach (var rollout in (await client.GetAsync("/api/rollouts", cancellationToken)).AsArray())
            {
                table.AddRow(Text(rollout!["id"]), Text(rollout["version"]), Text(rollout["state"]),
                    $"{rollout["currentStage"]} of {rollout["stages"]!.AsArray().Count}", Counts(rollout["kiosks"]), Text(rollout["reason"]));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command CreateHalt(ServerOptions server)
    {
        var id = new Argument<string>("id");
        var reason = new Option<string?>("--reason") { Description = "Why, for the record." };
        var command = new Command("halt", "Stop a running rollout before its next stage.") { id, reason };
        ServerCommandAction.Set(command, server, async (parse, client, cancellationToken) =>
        {
            Show(await client.PostAsync($"/api/rollouts/{Uri.EscapeDataString(parse.GetValue(id)!)}/halt", new { reason = parse.GetValue(reason) }, cancellationToken));
            return 0;
        });
        return command;
    }

    private static Command CreateResume(ServerOptions server)
    {
        var id = new Argument<string>("id");
        var command = new Command("resume", "Continue a halted rollout; its current stage is judged afresh.") { id };
        ServerCommandAction.Set(command, server, async (parse, client, cancellationToken) =>
        {
            Show(await client.PostAsync($"/api/rollouts/{Uri.EscapeDataString(parse.GetValue(id)!)}/resume", null, cancellationToken));
            return 0;
        });
        return command;
    }

    private static Command CreatePin(ServerOptions server)
    {
        var group = new Option<string>("--group", "-g") { Description = "The group to pin.", Required = true };
        var version = new Option<long>("--version") { Description = "The version its kiosks must run, even if older (rollback).", Required = true };
        var command = new Command("pin", "Pin a group to a version: kiosks install it even when older; rollouts skip the group until unpinned.") { group, version };
        ServerCommandAction.Set(command, server, async (parse, client, cancellationToken) =>
        {
            var catalog = await client.PutAsync($"/api/catalogs/{Uri.EscapeDataString(parse.GetValue(group)!)}", new { version = parse.GetValue(version), pinned = true }, cancellationToken);
            Console.WriteLine($"Group {catalog["groupId"]} pinned to version {catalog["releaseVersion"]} (catalog serial {catalog["serial"]}).");
            return 0;
        });
        return command;
    }

    private static Command CreateUnpin(ServerOptions server)
    {
        var group = new Option<string>("--group", "-g") { Description = "The group to unpin.", Required = true };
        var command = new Command("unpin", "Unpin a group: it keeps its version; later rollouts include it again.") { group };
        ServerCommandAction.Set(command, server, async (parse, client, cancellationToken) =>
        {
            var catalog = await client.DeleteAsync($"/api/catalogs/{Uri.EscapeDataString(parse.GetValue(group)!)}/pin", cancellationToken);
            Console.WriteLine($"Group {catalog["groupId"]} unpinned at version {catalog["releaseVersion"]}.");
            return 0;
        });
        return command;
    }

    private static void Show(JsonNode detail)
    {
        var rollout = detail["rollout"]!;
        AnsiConsole.MarkupLineInterpolated($"rollout [bold]{rollout["id"]}[/]: version {rollout["version"]}, {rollout["state"]}, stage {rollout["currentStage"]} of {rollout["stages"]!.AsArray().Count}");
        if (rollout["reason"] is { } reason)
        {
            AnsiConsole.MarkupLineInterpolated($"reason: {reason}");
        }
        var table = new Table().AddColumns("kiosk", "group", "stage", "state", "reason");
        foreach (var kiosk in detail["kiosks"]!.AsArray())
        {
            table.AddRow(Text(kiosk!["kioskId"]), Text(kiosk["groupId"]), Text(kiosk["stage"]), Text(kiosk["state"]), Text(kiosk["reason"]));
        }
        AnsiConsole.Write(table);
    }

    private static string Counts(JsonNode? counts) =>
        Markup.Escape(string.Join(" ", (counts as JsonObject ?? []).Where(c => (int)c.Value! > 0).Select(c => $"{c.Key}:{c.Value}")));

    private static string Text(JsonNode? node) => Markup.Escape(node?.ToString() ?? "");
}
