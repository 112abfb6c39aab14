using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kiosk.Companion.Api;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Provisioning;
using Kiosk.Companion.Storage;
using Kiosk.Companion.Tests.Infrastructure;
using Kiosk.Firmware.Provisioning;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MQTTnet;
using Dapper;

namespace Kiosk.Companion.Tests.Api;

/// <summary>Bearer tokens, the OpenAPI document, metrics and the registry endpoints.</summary>
public sealed class ApiAccessTests : IAsyncLifetime
{
    private CompanionEnvironment _companion = null!;

    public async Task InitializeAsync() => _companion = await CompanionEnvironment.StartAsync(StorageKind.Sqlite, BrokerKind.Embedded);

    public async Task DisposeAsync() => await _companion.DisposeAsync();

    [Theory]
    [InlineData("/api/kiosks")]
    [InlineData("/api/groups")]
    [InlineData("/api/reports/usage")]
    [InlineData("/api/reports/usage.csv")]
    [InlineData("/api/fleet/health")]
    public async Task Every_api_endpoint_answers_401_without_a_valid_token(string path)
    {
        using var anonymous = _companion.CreateAnonymousClient();
        using var wrongToken = _companion.CreateAnonymousClient();
        wrongToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "kc_not-a-token");

        var withoutToken = await anonymous.GetAsync(path);
        var withWrongToken = await wrongToken.GetAsync(path);
        var withToken = await _companion.Api.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withWrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
    }

    [Fact]
    public async Task Writes_need_a_token_too()
    {
        using var anonymous = _companion.CreateAnonymousClient();

        var create = await anonymous.PostAsJsonAsync("/api/kiosks", new CreateKioskRequest("kiosk-x", "school-a", null));

        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
        Assert.Empty((await _companion.Api.GetFromJsonAsync<List<KioskView>>("/api/kiosks", Json.Options))!);
    }

    [Fact]
    public async Task A_token_created_through_the_api_works_and_is_stored_only_hashed()
    {
        var created = await (await _companion.Api.PostAsJsonAsync("/api/tokens", new CreateTokenRequest("ci"))).Content.ReadFromJsonAsync<CreatedToken>();
        using var client = _companion.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created!.Token);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/groups")).StatusCode);
        var database = _companion.Services.GetRequiredService<CompanionDatabase>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var stored = (await connection.QueryAsync<string>("SELECT token_hash FROM api_tokens")).ToList();
        Assert.Contains(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(created.Token))).ToLowerInvariant(), stored);
        Assert.DoesNotContain(stored, hash => hash.Contains(created.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        using var anonymous = _companion.CreateAnonymousClient();

        var document = await anonymous.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/kiosks\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/reports/usage.csv\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/fleet/health\"", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_expose_ingest_counters_in_prometheus_format()
    {
        await using var kiosk = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-m", "school-a"));
        await kiosk.ConnectAsync();
        await kiosk.SendReportAsync(Infrastructure.Reports.Opened(1, "x", 1), TimeSpan.FromSeconds(10));
        await kiosk.PublishAsync(Protocol.Topics.TopicName.Report("kiosk-m"), [0xff]);
        using var anonymous = _companion.CreateAnonymousClient();

        string text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains("kiosk_messages_rejected_total", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            text = await anonymous.GetStringAsync("/metrics");
        }

        Assert.Contains("kiosk_reports_ingested_total", text, StringComparison.Ordinal);
        Assert.Contains("kiosk_messages_rejected_total{", text, StringComparison.Ordinal);
        Assert.Contains("reason=\"malformed\"", text, StringComparison.Ordinal);
        Assert.Contains("kiosk_ingest_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("kiosk_kiosks_online", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provisioning_returns_a_complete_file_and_refuses_bad_input()
    {
        await _companion.CreateGroupAsync("school-a");

        var created = await _companion.Api.PostAsJsonAsync("/api/kiosks", new CreateKioskRequest(null, "school-a", null));
        var provisioned = await created.Content.ReadFromJsonAsync<ProvisionedKiosk>(Json.Options);
        var duplicate = await _companion.Api.PostAsJsonAsync("/api/kiosks", new CreateKioskRequest(provisioned!.ProvisioningFile.KioskId, "school-a", null));
        var badId = await _companion.Api.PostAsJsonAsync("/api/kiosks", new CreateKioskRequest("Bad/Id", "school-a", null));
        var noGroup = await _companion.Api.PostAsJsonAsync("/api/kiosks", new CreateKioskRequest("kiosk-y", "nowhere", null));
        var badPin = await _companion.Api.PostAsJsonAsync("/api/kiosks", new CreateKioskRequest("kiosk-z", "school-a", "12"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var file = provisioned.ProvisioningFile;
        Assert.Matches("^k-[0-9a-f]{12}$", file.KioskId);
        Assert.Equal(file.KioskId, file.MqttUsername);
        Assert.Equal(_companion.MqttPort, file.CompanionPort);
        Assert.Equal(32, Convert.FromBase64String(file.ProgramPublicKey).Length);
        Assert.Equal("", file.WifiSsid);
        Assert.Matches("^[0-9]{6}$", provisioned.TeacherPin);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noGroup.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPin.StatusCode);
    }

    [Fact]
    public async Task Changing_a_groups_pin_publishes_new_configs_and_deleting_a_kiosk_retires_it()
    {
        var provisioned = await _companion.ProvisionKioskAsync("kiosk-pin", "school-p");
        await _companion.ProvisionKioskAsync("kiosk-pin2", "school-p");

        await using var connected = SimulatedKiosk.From(provisioned);
        await connected.ConnectAsync();

        var changed = await _companion.Api.PutAsJsonAsync("/api/groups/school-p/pin", new ChangePinRequest("2468"));
        var view = await _companion.Api.GetFromJsonAsync<KioskView>("/api/kiosks/kiosk-pin", Json.Options);
        var deleted = await _companion.Api.DeleteAsync("/api/kiosks/kiosk-pin");
        var afterDelete = await _companion.Api.GetAsync("/api/kiosks/kiosk-pin");
        var groupInUse = await _companion.Api.DeleteAsync("/api/groups/school-p");
        await using var retired = SimulatedKiosk.From(provisioned);

        Assert.Equal(2, await changed.Content.ReadFromJsonAsync<int>());
        Assert.Equal(2, view!.IssuedConfigSerial);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, groupInUse.StatusCode);
        await Assert.ThrowsAnyAsync<MQTTnet.Exceptions.MqttCommunicationException>(() => retired.ConnectAsync());
        for (var attempt = 0; attempt < 100 && connected.IsConnected; attempt++)
        {
            await Task.Delay(50);
        }
        Assert.False(connected.IsConnected);
    }

    [Fact]
    public async Task The_provisioning_file_is_read_by_the_kiosk_firmware_once_the_technician_adds_the_wifi()
    {
        await _companion.CreateGroupAsync("school-f");
        var created = await _companion.Api.PostAsJsonAsync("/api/kiosks", new CreateKioskRequest("kiosk-flash", "school-f", null));
        var file = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["provisioningFile"]!.AsObject();

        // As delivered the file names no network, and the kiosk says so rather than staying offline.
        var unfilled = Assert.Throws<ProvisioningException>(() => ProvisioningReader.Read(Encoding.UTF8.GetBytes(file.ToJsonString())));
        Assert.Contains("wifiSsid", unfilled.Message, StringComparison.Ordinal);

        file["wifiSsid"] = "School Wi-Fi";
        file["wifiPassword"] = "correct horse battery";
        var device = ProvisioningReader.Read(Encoding.UTF8.GetBytes(file.ToJsonString(new JsonSerializerOptions { WriteIndented = true })));

        Assert.Equal("kiosk-flash", device.KioskId);
        Assert.Equal("school-f", device.GroupId);
        Assert.Equal("kiosk-flash", device.MqttUsername);
        Assert.Equal((string)file["mqttPassword"]!, device.MqttPassword);
        Assert.Equal(_companion.MqttPort, device.CompanionPort);
        Assert.False(device.CompanionTls);
        Assert.Null(device.CompanionCaPem);
        Assert.Equal("School Wi-Fi", device.WifiSsid);
        Assert.Equal(Convert.FromBase64String((string)file["programPublicKey"]!), device.ProgramPublicKey);

        // And the kiosk it describes can log in to the broker with it.
        await using var kiosk = new SimulatedKiosk(device.CompanionHost, device.CompanionPort, device.KioskId, device.MqttPassword);
        Assert.Equal(MqttClientConnectResultCode.Success, (await kiosk.ConnectAsync()).ResultCode);
    }
}
