using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Kiosk.LoadTests;

/// <summary>
/// The real companion as a child process on loopback ports, so its memory is measured apart
/// from the load tool's thousands of clients: SQLite in a temp folder (or a given PostgreSQL),
/// the embedded broker, a known service password and admin token.
/// </summary>
public sealed class CompanionProcess : IAsyncDisposable
{
    public const string AdminToken = "kc_load-test-admin";

    private readonly Process _process;
    private readonly string _folder;

    private CompanionProcess(Process process, string folder, int httpPort, int mqttPort, string servicePassword)
    {
        _process = process;
        _folder = folder;
        MqttPort = mqttPort;
        ServicePassword = servicePassword;
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromMinutes(2) };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
    }

    public int MqttPort { get; }

    public string ServicePassword { get; }

    public HttpClient Api { get; }

    public static async Task<CompanionProcess> StartAsync(LoadOptions options)
    {
        var dll = options.CompanionDll ?? FindCompanion();
        var folder = Directory.CreateTempSubdirectory("kiosk-load-").FullName;
        var httpPort = FreePort();
        var mqttPort = FreePort();
        var password = Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["urls"] = $"http://127.0.0.1:{httpPort}";
        environment["Storage__DataFolder"] = Path.Combine(folder, "data");
        environment["Storage__Provider"] = options.Storage;
        if (options.PostgresConnectionString is { } postgres)
        {
            environment["Storage__ConnectionString"] = postgres;
        }
        environment["Signing__KeyPath"] = Path.Combine(folder, "program-key.pem");
        environment["Mqtt__Port"] = mqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["Mqtt__ServicePassword"] = password;
        environment["Api__AdminToken"] = AdminToken;
        environment["Provisioning__PinIterations"] = "1";
        environment["Provisioning__MqttHost"] = "127.0.0.1";
        environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the companion.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("companion: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var companion = new CompanionProcess(process, folder, httpPort, mqttPort, password);
        await companion.WaitUntilReadyAsync();
        return companion;
    }

    /// <summary>Resident memory of the companion process, from /proc.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        throw new InvalidOperationException("No VmRSS for the companion.");
    }

    public async Task<string> ProvisionAsync(string kioskId, string groupId)
    {
        var response = await Api.PostAsJsonAsync("/api/kiosks", new { id = kioskId, groupId });
        response.EnsureSuccessStatusCode();
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (string)created["provisioningFile"]!["mqttPassword"]!;
    }

    public async Task CreateGroupAsync(string groupId)
    {
        var response = await Api.PostAsJsonAsync("/api/groups", new { id = groupId, name = "Load", kind = "School" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Total LessonOpened over every stored report, from the usage API.</summary>
    public async Task<long> StoredOpeningsAsync(string lessonId)
    {
        var table = JsonNode.Parse(await Api.GetStringAsync("/api/reports/usage?by=lesson"))!;
        return table["rows"]!.AsArray().Where(r => (string?)r!["keys"]?["lesson"] == lessonId)
            .Sum(r => (long?)r!["lessonOpened"]!["value"] ?? 0);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitUntilReadyAsync()
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The companion exited during start-up.");
            }
            try
            {
                if ((await Api.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The companion did not start.");
    }

    private static string FindCompanion()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "companion", "Kiosk.Companion", "bin", "Release", "net10.0", "Kiosk.Companion.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("Build the companion first: dotnet build -c Release companion/Kiosk.Companion (or pass --companion path/to/Kiosk.Companion.dll).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
