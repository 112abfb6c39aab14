using System.Buffers;
using System.Collections.Concurrent;
using System.Threading.Channels;
using Kiosk.Companion.Provisioning;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Kiosk.Companion.Tests.Infrastructure;

/// <summary>
/// A kiosk as the protocol describes it, on a real MQTTnet client: connects with its credentials
/// and a Last Will, publishes statuses and reports, and collects what arrives on its topics.
/// </summary>
public sealed class SimulatedKiosk : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly Channel<ReportAck> _acks = Channel.CreateUnbounded<ReportAck>();
    private bool _dropped;

    public SimulatedKiosk(string host, int port, string kioskId, string password)
    {
        Host = host;
        Port = port;
        KioskId = kioskId;
        Password = password;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            var payload = e.ApplicationMessage.Payload.ToArray();
            Received.Enqueue((e.ApplicationMessage.Topic, payload));
            if (e.ApplicationMessage.Topic == TopicName.Ack(KioskId))
            {
                _acks.Writer.TryWrite(ReportAckCodec.Decode(payload, 0, payload.Length));
            }
            return Task.CompletedTask;
        };
    }

    public string Host { get; }

    public int Port { get; }

    public string KioskId { get; }

    public string Password { get; }

    /// <summary>Everything delivered to this client, in order of arrival.</summary>
    public ConcurrentQueue<(string Topic, byte[] Payload)> Received { get; } = new();

    public bool IsConnected => _client.IsConnected;

    public static SimulatedKiosk From(ProvisionedKiosk provisioned) =>
        new(provisioned.ProvisioningFile.CompanionHost, provisioned.ProvisioningFile.CompanionPort, provisioned.ProvisioningFile.KioskId, provisioned.ProvisioningFile.MqttPassword);

    /// <summary>
    /// Connects with a Last Will (Offline, this epoch, in the text form the firmware registers)
    /// and subscribes to the kiosk's ack topic.
    /// </summary>
    public async Task<MqttClientConnectResult> ConnectAsync(
        ulong epoch = 1, string? password = null, MqttProtocolVersion version = MqttProtocolVersion.V500, string? willTopic = null)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(Host, Port)
            .WithClientId(KioskId)
            .WithCredentials(KioskId, password ?? Password)
            .WithProtocolVersion(version)
            .WithCleanSession(true)
            .WithTimeout(TimeSpan.FromSeconds(5))
            .WithWillTopic(willTopic ?? TopicName.Status(KioskId))
            .WithWillPayload(OfflineWillCodec.Encode(1, epoch))
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithWillRetain(true)
            .Build();
        var result = await _client.ConnectAsync(options);
        await SubscribeAsync(TopicName.Ack(KioskId));
        return result;
    }

    public async Task<MqttClientSubscribeResultCode> SubscribeAsync(string topicFilter)
    {
        var result = await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(topicFilter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
            .Build());
        return result.Items.Single().ResultCode;
    }

    public Task<MqttClientPublishResult> PublishAsync(string topic, byte[] payload, bool retain = false, MqttQualityOfServiceLevel qos = MqttQualityOfServiceLevel.AtLeastOnce) =>
        _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(qos)
            .WithRetainFlag(retain)
            .Build());

    public Task<MqttClientPublishResult> PublishStatusAsync(KioskStatus status) =>
        PublishAsync(TopicName.Status(KioskId), KioskStatusCodec.Encode(status), retain: true);

    public Task<MqttClientPublishResult> PublishReportAsync(UsageReport report) =>
        PublishAsync(TopicName.Report(KioskId), UsageReportCodec.Encode(report));

    /// <summary>Publishes the report and waits for its ack; null if none came in time.</summary>
    public async Task<ReportAck?> SendReportAsync(UsageReport report, TimeSpan timeout)
    {
        await PublishReportAsync(report);
        return await WaitForAckAsync(report.Sequence, timeout);
    }

    public async Task<ReportAck?> WaitForAckAsync(ulong sequence, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var ack = await _acks.Reader.ReadAsync(cancellation.Token);
                if (ack.Sequence == sequence)
                {
                    return ack;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// Leaves as a crashed kiosk would: the socket closes without a DISCONNECT, so the broker
    /// publishes the Last Will.
    /// </summary>
    public Task DropAsync()
    {
        _dropped = true;
        _client.Dispose();
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_dropped)
        {
            return;
        }
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync();
            }
            catch (Exception)
            {
                // The broker may already be gone (restart tests); nothing to clean up then.
            }
        }
        _client.Dispose();
    }

    public static KioskStatus Online(ulong epoch, uint bootCount = 1) => new()
    {
        State = KioskState.Online,
        BootCount = bootCount,
        ConnectionEpoch = epoch,
        FirmwareVersion = "0.1.0",
        BoardProfileId = "esp32-320x240",
        InstalledBundles = [new InstalledBundle { BundleId = "core-en", Version = 3, Language = "en", ProfileId = "esp32-320x240" }],
        FreeStorageBytes = 1_000_000,
        EnabledModuleIds = ["privacy", "help"],
        DefaultLanguage = "en",
        ConfigSerial = 1,
    };

    public static KioskStatus Offline(ulong epoch, uint bootCount = 1) => new()
    {
        State = KioskState.Offline,
        BootCount = bootCount,
        ConnectionEpoch = epoch,
    };
}
