using Kiosk.Companion.Fleet;
using Kiosk.Companion.Ingest;
using Kiosk.Companion.Mqtt;
using Kiosk.Companion.Reports;
using Kiosk.Companion.Tests.Infrastructure;
using Kiosk.Protocol.Cose;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Exceptions;

namespace Kiosk.Companion.Tests.Mqtt;

/// <summary>Credentials and the topic ACL, on the embedded broker and on a real Mosquitto.</summary>
public abstract class KioskAccessTests(BrokerKind broker) : IAsyncLifetime
{
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(10);

    private CompanionEnvironment _companion = null!;

    public async Task InitializeAsync() => _companion = await CompanionEnvironment.StartAsync(StorageKind.Sqlite, broker);

    public async Task DisposeAsync() => await _companion.DisposeAsync();

    [Fact]
    public async Task Wrong_credentials_are_refused()
    {
        var provisioned = await _companion.ProvisionKioskAsync("kiosk-cred", "school-a");
        await using var wrongPassword = SimulatedKiosk.From(provisioned);
        await using var unknownKiosk = new SimulatedKiosk("127.0.0.1", _companion.MqttPort, "kiosk-nobody", provisioned.ProvisioningFile.MqttPassword);
        await using var rightPassword = SimulatedKiosk.From(provisioned);

        await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => wrongPassword.ConnectAsync(password: "not-the-password"));
        await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => unknownKiosk.ConnectAsync());
        var accepted = await rightPassword.ConnectAsync();

        Assert.False(wrongPassword.IsConnected);
        Assert.False(unknownKiosk.IsConnected);
        Assert.Equal(MqttClientConnectResultCode.Success, accepted.ResultCode);
    }

    [Fact]
    public async Task A_kiosk_cannot_publish_on_another_kiosks_topics()
    {
        await using var intruder = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-a", "school-a"));
        await using var victim = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-b", "school-a"));
        await intruder.ConnectAsync();

        var report = await intruder.PublishAsync(TopicName.Report("kiosk-b"), UsageReportCodec.Encode(Infrastructure.Reports.Opened(1, "lesson", 50)));
        var status = await intruder.PublishAsync(TopicName.Status("kiosk-b"), KioskStatusCodec.Encode(SimulatedKiosk.Online(99)), retain: true);
        var config = await intruder.PublishAsync(TopicName.Config("kiosk-b"), [1, 2, 3], retain: true);
        // The intruder's own report goes through; once it is acked, the forged ones had their chance.
        var own = await intruder.SendReportAsync(Infrastructure.Reports.Opened(1, "lesson", 10), AckTimeout);
        await Task.Delay(500);

        Assert.Equal(ReportAckStatus.Accepted, own?.Status);
        var store = _companion.Services.GetRequiredService<ReportStore>();
        Assert.Empty(await store.SequencesAsync("kiosk-b", CancellationToken.None));
        var victimRow = await _companion.Services.GetRequiredService<KioskRegistry>().FindAsync("kiosk-b", CancellationToken.None);
        Assert.Equal(0, victimRow!.Online);
        if (broker == BrokerKind.Embedded)
        {
            Assert.All([report, status, config], result => Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, result.ReasonCode));
        }

        // The victim still gets its genuine config, not the intruder's bytes.
        await victim.ConnectAsync();
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await victim.SubscribeAsync(TopicName.Config("kiosk-b")));
        var configPayload = await WaitForAsync(victim, TopicName.Config("kiosk-b"));
        Assert.NotEqual<byte[]>([1, 2, 3], configPayload);
    }

    [Fact]
    public async Task A_kiosk_cannot_plant_a_last_will_on_another_kiosks_status()
    {
        await using var victim = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-v", "school-a"));
        await using var intruder = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-w", "school-a"));
        await victim.ConnectAsync(epoch: 1);
        await victim.PublishStatusAsync(SimulatedKiosk.Online(1));
        await WaitForOnlineAsync("kiosk-v");

        var dropped = false;
        try
        {
            // A Will claiming kiosk-v went offline with a newer epoch.
            await intruder.ConnectAsync(epoch: 9, willTopic: TopicName.Status("kiosk-v"));
            await intruder.DropAsync();
            dropped = true;
        }
        catch (MqttCommunicationException)
        {
            // Mosquitto may refuse the connection outright because of the Will's topic.
        }
        if (broker == BrokerKind.Embedded)
        {
            // Wait until the broker has published the Will and the ACL dropped it, so the
            // assertions below come after it rather than before.
            Assert.True(dropped);
            await WaitForRejectAsync("not_authorized", "publish");
        }
        else
        {
            await Task.Delay(1000);
        }
        // kiosk-v's own Online again as a marker: handled after anything the Will caused.
        await victim.PublishStatusAsync(SimulatedKiosk.Online(1, bootCount: 5));
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var row = await _companion.Services.GetRequiredService<KioskRegistry>().FindAsync("kiosk-v", CancellationToken.None);
            if (row!.BootCount == 5)
            {
                break;
            }
            await Task.Delay(50);
        }

        var victimRow = await _companion.Services.GetRequiredService<KioskRegistry>().FindAsync("kiosk-v", CancellationToken.None);
        Assert.Equal(1, victimRow!.Online);
        Assert.Equal(1, victimRow.ConnectionEpoch);
        Assert.Equal(5, victimRow.BootCount);
    }

    private async Task WaitForRejectAsync(string reason, string topicKind)
    {
        var ledger = _companion.Services.GetRequiredService<RejectLedger>();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            await ledger.FlushAsync(CancellationToken.None);
            var rejects = await ledger.ReadAsync(CancellationToken.None);
            if (rejects.Any(r => r.Reason == reason && r.TopicKind == topicKind))
            {
                return;
            }
            await Task.Delay(50);
        }
        Assert.Fail($"No {reason} {topicKind} reject was recorded.");
    }

    [Fact]
    public async Task A_kiosk_cannot_subscribe_to_another_kiosks_topics_or_wildcards()
    {
        await using var intruder = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-c", "school-a"));
        await using var victim = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-d", "school-b"));
        await intruder.ConnectAsync();
        await victim.ConnectAsync();

        var filters = new[]
        {
            TopicName.Ack("kiosk-d"), TopicName.Config("kiosk-d"), TopicName.ChunkResponse("kiosk-d"),
            TopicName.Report("kiosk-d"), TopicName.Catalog("school-b"), "kiosk/v1/#", "kiosk/v1/+/config", "#",
        };
        var codes = new List<MqttClientSubscribeResultCode>();
        foreach (var filter in filters)
        {
            codes.Add(await intruder.SubscribeAsync(filter));
        }
        // Traffic that a granted subscription would have delivered: kiosk-d's ack and retained config.
        var ack = await victim.SendReportAsync(Infrastructure.Reports.Opened(1, "lesson", 10), AckTimeout);
        await Task.Delay(500);

        Assert.Equal(ReportAckStatus.Accepted, ack?.Status);
        Assert.DoesNotContain(intruder.Received, message => message.Topic.Contains("kiosk-d", StringComparison.Ordinal));
        if (broker == BrokerKind.Embedded)
        {
            // Mosquitto 2.0 grants such a subscription in its SUBACK and then delivers nothing,
            // which the assertion above covers; the embedded broker refuses it outright.
            Assert.All(codes, code => Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, code));
        }
        // Its own topics and its group's catalog are allowed.
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await intruder.SubscribeAsync(TopicName.Config("kiosk-c")));
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await intruder.SubscribeAsync(TopicName.Catalog("school-a")));
    }

    [Fact]
    public async Task A_provisioned_kiosk_receives_its_config_signed_by_the_program_key()
    {
        var provisioned = await _companion.ProvisionKioskAsync("kiosk-e", "school-a", teacherPin: "4711");
        await using var kiosk = SimulatedKiosk.From(provisioned);
        await kiosk.ConnectAsync();
        await kiosk.SubscribeAsync(TopicName.Config("kiosk-e"));

        var signed = await WaitForAsync(kiosk, TopicName.Config("kiosk-e"));

        var publicKey = Convert.FromBase64String(provisioned.ProvisioningFile.ProgramPublicKey);
        var payload = CoseSign1Verifier.VerifiedPayload(signed, 0, signed.Length, publicKey);
        var config = KioskConfigCodec.Decode(payload, 0, payload.Length);
        Assert.Equal("kiosk-e", config.KioskId);
        Assert.Equal("school-a", config.GroupId);
        Assert.Equal(1UL, config.Serial);
        Assert.Equal(Provisioning.TeacherPinTests.ReferenceHash(config.PinSalt, "4711", config.PinIterations), config.PinHash);
        Assert.Equal("4711", provisioned.TeacherPin);
    }

    [Fact]
    public async Task The_companion_uses_shared_subscriptions_exactly_where_the_broker_offers_them()
    {
        var connection = _companion.Services.GetRequiredService<CompanionConnection>();

        // MQTTnet's broker announces no shared subscriptions; Mosquitto 2 does.
        Assert.True(connection.IsConnected);
        Assert.Equal(broker == BrokerKind.Mosquitto, connection.UsesSharedSubscriptions);
        await Task.CompletedTask;
    }

    private async Task WaitForOnlineAsync(string kioskId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await _companion.Services.GetRequiredService<KioskRegistry>().FindAsync(kioskId, CancellationToken.None))!.Online == 1)
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"{kioskId} never came online.");
    }

    private static async Task<byte[]> WaitForAsync(SimulatedKiosk kiosk, string topic)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var match = kiosk.Received.Where(m => m.Topic == topic).Select(m => m.Payload).FirstOrDefault();
            if (match is not null)
            {
                return match;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Nothing arrived on {topic}.");
    }
}

public sealed class KioskAccessEmbeddedTests() : KioskAccessTests(BrokerKind.Embedded);

public sealed class KioskAccessMosquittoTests() : KioskAccessTests(BrokerKind.Mosquitto);
