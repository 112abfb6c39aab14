using System.Net;
using System.Net.Http.Json;
using Kiosk.Companion.Provisioning;
using Kiosk.Companion.Tests.Infrastructure;
using MQTTnet;
using MQTTnet.Exceptions;

namespace Kiosk.Companion.Tests.Mqtt;

/// <summary>
/// The companion keeps kiosk accounts on Mosquitto's dynamic security plugin: provisioning
/// creates one that works at once, retiring removes it, and a broker that refuses leaves no
/// half-made kiosk behind.
/// </summary>
public sealed class MosquittoAccountTests : IAsyncLifetime
{
    private CompanionEnvironment _companion = null!;

    public async Task InitializeAsync() => _companion = await CompanionEnvironment.StartAsync(StorageKind.Sqlite, BrokerKind.Mosquitto);

    public async Task DisposeAsync() => await _companion.DisposeAsync();

    [Fact]
    public async Task A_provisioned_kiosk_logs_in_at_once_and_only_under_its_own_client_id()
    {
        var provisioned = await _companion.ProvisionKioskAsync("kiosk-acct", "school-a");
        var file = provisioned.ProvisioningFile;
        await using var kiosk = new SimulatedKiosk(file.CompanionHost, file.CompanionPort, file.KioskId, file.MqttPassword);
        using var impostor = new MqttClientFactory().CreateMqttClient();

        var accepted = await kiosk.ConnectAsync();
        MqttClientConnectResultCode impostorResult;
        try
        {
            impostorResult = (await impostor.ConnectAsync(new MqttClientOptionsBuilder()
                .WithTcpServer(file.CompanionHost, file.CompanionPort)
                .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
                .WithClientId("not-" + file.KioskId)
                .WithCredentials(file.MqttUsername, file.MqttPassword)
                .WithTimeout(TimeSpan.FromSeconds(5))
                .Build())).ResultCode;
        }
        catch (MqttCommunicationException)
        {
            // MQTTnet throws on a refused CONNACK; which code the broker gave does not matter here.
            impostorResult = MqttClientConnectResultCode.NotAuthorized;
        }

        Assert.Equal(MqttClientConnectResultCode.Success, accepted.ResultCode);
        Assert.NotEqual(MqttClientConnectResultCode.Success, impostorResult);
        Assert.False(impostor.IsConnected);
    }

    [Fact]
    public async Task Retiring_a_kiosk_removes_its_account_and_ends_its_session()
    {
        var provisioned = await _companion.ProvisionKioskAsync("kiosk-gone", "school-a");
        var file = provisioned.ProvisioningFile;
        await using var connected = new SimulatedKiosk(file.CompanionHost, file.CompanionPort, file.KioskId, file.MqttPassword);
        await connected.ConnectAsync();

        var deleted = await _companion.Api.DeleteAsync("/api/kiosks/kiosk-gone");
        await using var again = new SimulatedKiosk(file.CompanionHost, file.CompanionPort, file.KioskId, file.MqttPassword);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => again.ConnectAsync());
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (connected.IsConnected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.False(connected.IsConnected, "the broker ended the retired kiosk's open session");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _companion.Mosquitto!.ControlAsync("getClient", "kiosk-gone"));
        Assert.Contains("not found", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task When_the_broker_refuses_the_account_the_kiosk_is_not_created()
    {
        await _companion.CreateGroupAsync("school-b");
        // The companion's admin user loses the right to manage accounts.
        await _companion.Mosquitto!.ControlAsync("removeClientRole", MosquittoBroker.AdminUser, "admin");

        var response = await _companion.Api.PostAsJsonAsync("/api/kiosks", new CreateKioskRequest("kiosk-half", "school-b", null));
        var lookup = await _companion.Api.GetAsync("/api/kiosks/kiosk-half");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("dynamic security", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }
}
