using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Provisioning;

namespace Kiosk.Companion.Tests.Infrastructure;

/// <summary>
/// One companion with its database and broker, as a test needs it: SQLite in a temp folder or a
/// fresh PostgreSQL database; the embedded broker or a Mosquitto child process. The companion can
/// be restarted on the same database, port and program key.
/// </summary>
public sealed class CompanionEnvironment : IAsyncDisposable
{
    public const string AdminToken = "kc_test-admin-token";

    private readonly string _folder = Directory.CreateTempSubdirectory("kiosk-companion-").FullName;
    private readonly Dictionary<string, string> _settings = [];
    private PostgresDatabase? _postgres;
    private CompanionFactory? _factory;
    private TimeProvider? _clock;

    private CompanionEnvironment()
    {
    }

    public MosquittoBroker? Mosquitto { get; private set; }

    public int MqttPort { get; private set; }

    /// <summary>The fresh PostgreSQL database of this environment, for a second instance to share; null on SQLite.</summary>
    public string? PostgresConnectionString => _postgres?.ConnectionString;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>An HTTP client carrying the admin token.</summary>
    public HttpClient Api { get; private set; } = null!;

    public static async Task<CompanionEnvironment> StartAsync(
        StorageKind storage, BrokerKind broker, IReadOnlyDictionary<string, string>? extra = null, TimeProvider? clock = null)
    {
        var environment = new CompanionEnvironment { _clock = clock };
        var settings = environment._settings;
        settings["Storage:DataFolder"] = Path.Combine(environment._folder, "data");
        settings["Signing:KeyPath"] = Path.Combine(environment._folder, "program-key.pem");
        settings["Api:AdminToken"] = AdminToken;
        settings["Provisioning:PinIterations"] = "50";
        if (storage == StorageKind.PostgreSql)
        {
            environment._postgres = await PostgresServer.CreateDatabaseAsync();
            settings["Storage:Provider"] = "PostgreSql";
            settings["Storage:ConnectionString"] = environment._postgres.ConnectionString;
        }
        if (broker == BrokerKind.Mosquitto)
        {
            environment.Mosquitto = await MosquittoBroker.StartAsync();
            environment.MqttPort = environment.Mosquitto.Port;
            settings["Mqtt:Mode"] = "External";
            settings["Mqtt:Host"] = "127.0.0.1";
            settings["Mqtt:ServiceUserName"] = MosquittoBroker.ServiceUser;
            settings["Mqtt:ServicePassword"] = environment.Mosquitto.ServicePassword;
            foreach (var (key, value) in environment.Mosquitto.AccountSettings())
            {
                settings[key] = value;
            }
        }
        else
        {
            environment.MqttPort = FreePort.Next();
        }
        settings["Mqtt:Port"] = environment.MqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Provisioning:MqttHost"] = "127.0.0.1";
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        environment.Start();
        return environment;
    }

    /// <summary>Stops the companion (broker included, in embedded mode) and starts a new one on the same state.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        Start();
    }

    public HttpClient CreateAnonymousClient() => _factory!.CreateClient();

    public async Task CreateGroupAsync(string groupId)
    {
        var response = await Api.PostAsJsonAsync("/api/groups", new CreateGroupRequest(groupId, "School " + groupId, GroupKind.School, null));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Creates the kiosk through the API (and its group when missing); on Mosquitto the companion creates its account.</summary>
    public async Task<ProvisionedKiosk> ProvisionKioskAsync(string kioskId, string groupId, string? teacherPin = null)
    {
        if ((await Api.GetAsync($"/api/groups/{groupId}")).StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            await CreateGroupAsync(groupId);
        }
        var response = await Api.PostAsJsonAsync("/api/kiosks", new CreateKioskRequest(kioskId, groupId, teacherPin));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProvisionedKiosk>())!;
    }

    public async ValueTask DisposeAsync()
    {
        // The broker child process and the database go even when stopping the companion fails.
        try
        {
            await StopAsync();
        }
        finally
        {
            if (Mosquitto is not null)
            {
                await Mosquitto.DisposeAsync();
            }
            if (_postgres is not null)
            {
                await _postgres.DisposeAsync();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private void Start()
    {
        _factory = new CompanionFactory(_settings, _clock);
        Api = _factory.CreateClient();
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
    }

    private async Task StopAsync()
    {
        if (_factory is not null)
        {
            Api.Dispose();
            await _factory.DisposeAsync();
            _factory = null;
        }
    }
}
