using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Kiosk.Cli.Tests.Server;

/// <summary>
/// The real companion on a real Kestrel loopback port (so a separate <c>kiosk</c> process can reach
/// it): SQLite in a temp folder, the embedded broker on a free port, a known admin token.
/// </summary>
public sealed class LiveCompanion : WebApplicationFactory<Kiosk.Companion.Web.WebOptions>, IAsyncLifetime
{
    public const string AdminToken = "kc_cli-test-admin";

    private readonly string _folder = Directory.CreateTempSubdirectory("kiosk-cli-companion-").FullName;
    private readonly int _httpPort = FreePort();
    private readonly int _mqttPort = FreePort();

    public LiveCompanion() => UseKestrel(_httpPort);

    public string Url => $"http://127.0.0.1:{_httpPort}";

    /// <summary>An HTTP client carrying the admin token, for setting up what a test needs.</summary>
    public HttpClient Api { get; private set; } = null!;

    public Task InitializeAsync()
    {
        StartServer();
        Api = new HttpClient { BaseAddress = new Uri(Url) };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        Api.Dispose();
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public async Task CreateGroupAsync(string groupId)
    {
        var response = await Api.PostAsJsonAsync("/api/groups", new { id = groupId, name = "School " + groupId, kind = "School" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A loopback port nothing listens on, for the unreachable-server case.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", Path.Combine(_folder, "data"));
        builder.UseSetting("Signing:KeyPath", Path.Combine(_folder, "program-key.pem"));
        builder.UseSetting("Api:AdminToken", AdminToken);
        builder.UseSetting("Provisioning:PinIterations", "50");
        builder.UseSetting("Provisioning:MqttHost", "127.0.0.1");
        builder.UseSetting("Mqtt:Port", _mqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
