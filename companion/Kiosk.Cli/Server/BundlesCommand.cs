using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Kiosk.Cli.Server;

/// <summary>
/// <c>kiosk bundles build|push|list</c>: have the companion compile the built-in curriculum, upload
/// bundle files built elsewhere (each is verified by the companion before it is stored), list them.
/// </summary>
public static class BundlesCommand
{
    public static Command Create(ServerOptions server)
    {
        var bundles = new Command("bundles", "Signed content bundles on the companion: build, push, list.");
        bundles.Add(CreateBuild(server));
        bundles.Add(CreatePush(server));
        bundles.Add(CreateList(server));
        return bundles;
    }

    private static Command CreateBuild(ServerOptions server)
    {
        var languages = new Option<string[]>("--lang", "-l") { Description = "Languages to build (default: all).", AllowMultipleArgumentsPerToken = true };
        var profiles = new Option<string[]>("--profile", "-p") { Description = "Display profiles to build (default: all).", AllowMultipleArgumentsPerToken = true };
        var version = new Option<long?>("--version") { Description = "Bundle version (default: one above the newest stored)." };
        var command = new Command("build", "Compile the companion's curriculum into signed bundles, with a progress bar.") { languages, profiles, version };
        ServerCommandAction.Set(command, server, async (parse, client, cancellationToken) =>
        {
            var build = await client.PostAsync("/api/content/builds", new
            {
                languages = parse.GetValue(languages),
                profiles = parse.GetValue(profiles),
                version = parse.GetValue(version),
            }, cancellationToken);
            var id = (string)build["id"]!;
            JsonNode last = build;
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask($"build {id}, version {build["version"]}", maxValue: (int)build["bundlesTotal"]!);
                while ((string)last["state"]! == "Running")
                {
                    await Task.Delay(500, cancellationToken);
                    last = await client.GetAsync($"/api/content/builds/{id}", cancellationToken);
                    task.Value = (int)last["bundlesDone"]!;
                }
            });
            if ((string)last["state"]! != "Succeeded")
            {
                Console.Error.WriteLine($"error: build {id} failed: {last["error"]}");
                return 1;
            }
            Console.WriteLine($"Built {last["bundlesDone"]} bundles of version {last["version"]}. Release them with: kiosk rollout start --version {last["version"]} --stage <groups>");
            return 0;
        });
        return command;
    }

    private static Command CreatePush(ServerOptions server)
    {
        var files = new Argument<string[]>("files") { Description = "Bundle files (.kbdl) to upload.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("push", "Upload signed bundle files; the companion checks signature, manifest and every chunk before storing.") { files };
        ServerCommandAction.Set(command, server, async (parse, client, cancellationToken) =>
        {
            var paths = parse.GetValue(files)!;
            var missing = paths.Where(p => !File.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"error: no such file: {string.Join(", ", missing)}");
                return 1;
            }
            var failures = 0;
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("upload", maxValue: paths.Length);
                foreach (var path in paths)
                {
                    try
                    {
                        var stored = await client.UploadAsync("/api/bundles", await File.ReadAllBytesAsync(path, cancellationToken), cancellationToken);
                        AnsiConsole.MarkupLineInterpolated($"{path}: stored {stored["bundleId"]} version {stored["version"]}");
                    }
                    catch (CompanionApiException error)
                    {
                        failures++;
                        AnsiConsole.MarkupLineInterpolated($"[red]{path}[/]: {error.Message}");
                    }
                    task.Increment(1);
                }
            });
            return failures == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command CreateList(ServerOptions server)
    {
        var version = new Option<long?>("--version") { Description = "Only this version." };
        var command = new Command("list", "Stored bundles.") { version };
        ServerCommandAction.Set(command, server, async (parse, client, cancellationToken) =>
        {
            var query = parse.GetValue(version) is { } v ? $"?version={v}" : "";
            var table = new Table().AddColumns("bundle", "version", "language", "profile", "bytes", "draft", "source");
            foreach (var bundle in (await client.GetAsync("/api/bundles" + query, cancellationToken)).AsArray())
            {
                table.AddRow(Text(bundle!["bundleId"]), Text(bundle["version"]), Text(bundle["language"]), Text(bundle["profileId"]),
                    Text(bundle["sizeBytes"]), (long)bundle["draft"]! != 0 ? "yes" : "", Text(bundle["source"]));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static string Text(JsonNode? node) => Markup.Escape(node?.ToString() ?? "");
}
