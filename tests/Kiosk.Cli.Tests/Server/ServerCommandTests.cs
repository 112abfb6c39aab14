using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kiosk.Companion.Reports;
using Kiosk.Protocol.Messages;
using Kiosk.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Cli.Tests.Server;

/// <summary>
/// <c>kiosk kiosks|bundles|rollout|reports</c> as a separate process against the real companion
/// on a loopback port: exit codes, what they print and the files they write, and the errors staff
/// see for a wrong token or a server that is not there.
/// </summary>
public sealed class ServerCommandTests(LiveCompanion companion) : IClassFixture<LiveCompanion>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kiosk-cli-run-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Kiosks_provision_writes_the_provisioning_file_and_list_shows_the_kiosk()
    {
        await companion.CreateGroupAsync("school-k");

        var provision = await RunAsync("kiosks", "provision", "--group", "school-k", "--id", "kiosk-cli", "--pin", "4321", "--out", "kiosk-cli.json");
        var list = await RunAsync("kiosks", "list", "--group", "school-k");

        Assert.Equal(0, provision.ExitCode);
        Assert.Contains("Teacher PIN: 4321", provision.Output);
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "kiosk-cli.json")))!;
        Assert.Equal("kiosk-cli", (string?)file["kioskId"]);
        Assert.Equal("school-k", (string?)file["groupId"]);
        Assert.False(string.IsNullOrEmpty((string?)file["mqttPassword"]));
        Assert.Equal("", (string?)file["wifiSsid"]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, "kiosk-cli.json")));
        }
        Assert.Equal(0, list.ExitCode);
        var row = Assert.Single(list.Output.Split('\n'), line => line.Contains("kiosk-cli", StringComparison.Ordinal));
        Assert.Contains("school-k", row);
        Assert.Contains("no", row);
    }

    [Fact]
    public async Task Provisioning_into_a_missing_group_fails_with_the_companions_reason()
    {
        var provision = await RunAsync("kiosks", "provision", "--group", "no-such-school", "--id", "kiosk-orphan");

        Assert.Equal(1, provision.ExitCode);
        Assert.StartsWith("error: The companion refused the request (", provision.Error);
        Assert.Contains("groupId", provision.Error);
        Assert.False(File.Exists(Path.Combine(_folder, "kiosk-orphan.json")));
    }

    [Fact]
    public async Task Bundles_push_stores_a_signed_bundle_and_list_shows_it_while_a_foreign_one_is_refused()
    {
        var key = companion.Services.GetRequiredService<ProgramKey>();
        var good = await WriteBundleAsync("good.kbdl", 41, key);
        using var stranger = ProgramKey.Generate();
        var foreign = await WriteBundleAsync("foreign.kbdl", 42, stranger);

        var push = await RunAsync("bundles", "push", good);
        var refused = await RunAsync("bundles", "push", foreign);
        var missing = await RunAsync("bundles", "push", "nowhere.kbdl");
        var list = await RunAsync("bundles", "list", "--version", "41");

        Assert.Equal(0, push.ExitCode);
        Assert.Contains("stored en-320x240 version 41", push.Output);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("foreign.kbdl", refused.Output);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such file: nowhere.kbdl", missing.Error);
        Assert.Equal(0, list.ExitCode);
        var row = Assert.Single(list.Output.Split('\n'), line => line.Contains("en-320x240", StringComparison.Ordinal));
        Assert.Contains("41", row);
        var stored = await companion.Api.GetFromJsonAsync<JsonArray>("/api/bundles");
        Assert.DoesNotContain(stored!, b => (long)b!["version"]! == 42);
    }

    [Fact]
    public async Task Rollout_start_status_halt_and_resume_follow_the_rollout()
    {
        var key = companion.Services.GetRequiredService<ProgramKey>();
        await companion.CreateGroupAsync("school-r1");
        await companion.CreateGroupAsync("school-r2");
        // An offline kiosk in the canary: the stage waits for at least one kiosk to install.
        (await companion.Api.PostAsJsonAsync("/api/kiosks", new { id = "kiosk-canary", groupId = "school-r1" })).EnsureSuccessStatusCode();
        Assert.Equal(0, (await RunAsync("bundles", "push", await WriteBundleAsync("r.kbdl", 51, key))).ExitCode);

        var start = await RunAsync("rollout", "start", "--version", "51", "--stage", "school-r1", "--stage", "school-r2");
        var id = (string)(await companion.Api.GetFromJsonAsync<JsonArray>("/api/rollouts"))!.Single(r => (long)r!["version"]! == 51)!["id"]!;
        var status = await RunAsync("rollout", "status");
        var halt = await RunAsync("rollout", "halt", id, "--reason", "cli test");
        var haltAgain = await RunAsync("rollout", "halt", id);
        var resume = await RunAsync("rollout", "resume", id);
        var unknown = await RunAsync("rollout", "status", "r-nothere");

        Assert.Equal(0, start.ExitCode);
        Assert.Contains($"rollout {id}: version 51, Running, stage 0 of 2", start.Output);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains(status.Output.Split('\n'), line => line.Contains(id, StringComparison.Ordinal) && line.Contains("Running", StringComparison.Ordinal));
        Assert.Equal(0, halt.ExitCode);
        Assert.Contains($"rollout {id}: version 51, Halted", halt.Output);
        Assert.Contains("Halted by staff: cli test", halt.Output);
        Assert.Equal(1, haltAgain.ExitCode);
        Assert.Contains("only a running rollout can be halted", haltAgain.Error);
        Assert.Equal(0, resume.ExitCode);
        Assert.Contains($"rollout {id}: version 51, Running", resume.Output);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("404", unknown.Error);
    }

    [Fact]
    public async Task Rollout_pin_and_unpin_set_and_clear_a_groups_pinned_version()
    {
        var key = companion.Services.GetRequiredService<ProgramKey>();
        await companion.CreateGroupAsync("school-p");
        Assert.Equal(0, (await RunAsync("bundles", "push", await WriteBundleAsync("p.kbdl", 61, key))).ExitCode);

        var pin = await RunAsync("rollout", "pin", "--group", "school-p", "--version", "61");
        var pinned = await companion.Api.GetFromJsonAsync<JsonObject>("/api/catalogs/school-p");
        var unpin = await RunAsync("rollout", "unpin", "--group", "school-p");
        var unpinned = await companion.Api.GetFromJsonAsync<JsonObject>("/api/catalogs/school-p");
        var missingVersion = await RunAsync("rollout", "pin", "--group", "school-p", "--version", "99");

        Assert.Equal(0, pin.ExitCode);
        Assert.StartsWith("Group school-p pinned to version 61 (catalog serial ", pin.Output);
        Assert.NotEqual(0L, (long)pinned!["pinned"]!);
        Assert.Equal(0, unpin.ExitCode);
        Assert.Equal("Group school-p unpinned at version 61.", unpin.Output.Trim());
        Assert.Equal(0L, (long)unpinned!["pinned"]!);
        Assert.Equal(1, missingVersion.ExitCode);
        Assert.StartsWith("error: ", missingVersion.Error);
    }

    [Fact]
    public async Task Reports_export_writes_the_suppressed_csv_to_a_file_and_to_standard_output()
    {
        await companion.CreateGroupAsync("school-e");
        (await companion.Api.PostAsJsonAsync("/api/kiosks", new { id = "kiosk-export", groupId = "school-e" })).EnsureSuccessStatusCode();
        var hour = (uint)(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds() / 3600);
        var store = companion.Services.GetRequiredService<ReportStore>();
        await store.StoreAsync("kiosk-export", new UsageReport
        {
            Sequence = 1,
            Counters = [Opened(hour, "export-big", 12), Opened(hour, "export-small", 3)],
        }, DateTimeOffset.UtcNow, CancellationToken.None);

        var toFile = await RunAsync("reports", "export", "--by", "lesson", "--from", "2026-11-01", "--to", "2026-12-01", "--group", "school-e", "--out", "usage.csv");
        var toOutput = await RunAsync("reports", "export", "--by", "lesson", "--from", "2026-11-01", "--to", "2026-12-01", "--group", "school-e", "--out", "-");

        Assert.Equal(0, toFile.ExitCode);
        Assert.Contains("Wrote usage.csv", toFile.Output);
        var lines = (await File.ReadAllLinesAsync(Path.Combine(_folder, "usage.csv"))).ToList();
        Assert.StartsWith("lesson,", lines[0]);
        var header = lines[0].Split(',').ToList();
        var opened = header.IndexOf("lesson_opened");
        var suppressed = header.IndexOf("lesson_opened_suppressed");
        var big = lines.Single(l => l.StartsWith("export-big,", StringComparison.Ordinal)).Split(',');
        var small = lines.Single(l => l.StartsWith("export-small,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("12", "false"), (big[opened], big[suppressed]));
        Assert.Equal(("", "true"), (small[opened], small[suppressed]));
        Assert.Equal(0, toOutput.ExitCode);
        Assert.Equal(string.Join('\n', lines), toOutput.Output.ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public async Task A_wrong_token_and_an_unreachable_server_are_explained_with_exit_code_1()
    {
        var wrongToken = await CliProcess.RunAsync(_folder, "kiosks", "list", "--server", companion.Url, "--token", "kc_wrong");
        var unreachable = await CliProcess.RunAsync(_folder, "rollout", "status", "--server", $"http://127.0.0.1:{LiveCompanion.FreePort()}", "--token", LiveCompanion.AdminToken);
        var noServer = await CliProcess.RunAsync(_folder, "reports", "export", "--token", LiveCompanion.AdminToken);

        Assert.Equal(1, wrongToken.ExitCode);
        Assert.Equal("error: The companion refused the API token (401). Check --token or KIOSK_TOKEN.", wrongToken.Error.Trim());
        Assert.Equal("", wrongToken.Output);
        Assert.Equal(1, unreachable.ExitCode);
        Assert.StartsWith("error: The companion at http://127.0.0.1:", unreachable.Error);
        Assert.Contains("is not reachable", unreachable.Error);
        Assert.Equal(1, noServer.ExitCode);
        Assert.Contains("No companion given: pass --server URL or set KIOSK_SERVER.", noServer.Error);
    }

    private Task<CliRun> RunAsync(params string[] args) =>
        CliProcess.RunAsync(_folder, [.. args, "--server", companion.Url, "--token", LiveCompanion.AdminToken]);

    private async Task<string> WriteBundleAsync(string name, uint version, ProgramKey key)
    {
        var data = new byte[3000];
        new Random((int)version).NextBytes(data);
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, new BundleBuilder("en-320x240", version, "en", "320x240", 256).AddSection("lessons", data).Build(key));
        return path;
    }

    private static UsageCounter Opened(uint hour, string lessonId, uint count) => new()
    {
        HourBucket = hour,
        LessonId = lessonId,
        Language = "en",
        Audience = Audience.Child,
        AgeBand = AgeBand.From9To12,
        Event = UsageEvent.LessonOpened,
        Count = count,
    };
}
