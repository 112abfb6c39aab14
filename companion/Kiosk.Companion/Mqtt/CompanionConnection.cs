using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using Kiosk.Companion.Ingest;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;

namespace Kiosk.Companion.Mqtt;

/// <summary>
/// The companion's own MQTT 5 client, in both modes: subscribes to kiosk reports and statuses
/// (as a shared subscription where the broker offers it), queues what arrives for the ingest
/// without ever waiting, and publishes acks and configs. Reconnects with back-off.
/// </summary>
public sealed class CompanionConnection(
    IOptions<MqttOptions> options,
    ServiceCredential credential,
    EmbeddedBroker broker,
    IngestQueue queue,
    RejectLedger rejects,
    ILogger<CompanionConnection> logger) : BackgroundService, IKioskPublisher
{
    // The largest message a kiosk may send (a full report); anything bigger is not even copied.
    private const int MaxInboundPayload = UsageReportCodec.MaxEncodedSize;

    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private readonly string _clientId = options.Value.ClientId ?? "companion-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();

    public bool IsConnected => _client.IsConnected;

    /// <summary>Whether the current subscriptions are MQTT 5 shared ones ($share/group/...).</summary>
    public bool UsesSharedSubscriptions { get; private set; }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _client.ApplicationMessageReceivedAsync += ReceiveAsync;
        // The first connection is made before start-up finishes, so configs can be published and
        // nothing that arrives early is missed; later drops are handled by the loop.
        try
        {
            await ConnectAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "MQTT broker not reachable at start-up; retrying in the background");
        }
        await base.StartAsync(cancellationToken);
    }

    public async Task PublishAsync(string topic, byte[] payload, bool retain, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .Build();
        if (await broker.TryInjectAsync(message, cancellationToken))
        {
            return;
        }
        var result = await _client.PublishAsync(message, cancellationToken);
        if (!result.IsSuccess && result.ReasonCode != MqttClientPublishReasonCode.NoMatchingSubscribers)
        {
            throw new InvalidOperationException($"The broker refused a publish on {topic}: {result.ReasonCode}.");
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build(), cancellationToken);
        }
    }

    public override void Dispose()
    {
        _client.Dispose();
        _connectGate.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        BrokerClient.KeepConnectedAsync(_client, ConnectAsync, "Companion", logger, stoppingToken);

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await _connectGate.WaitAsync(cancellationToken);
        try
        {
            if (_client.IsConnected)
            {
                return;
            }
            var settings = options.Value;
            var builder = BrokerClient.Options(settings, _clientId, credential.UserName, credential.Password);
            var connected = await _client.ConnectAsync(builder.Build(), cancellationToken);
            if (connected.ResultCode != MqttClientConnectResultCode.Success)
            {
                throw new InvalidOperationException($"The broker refused the companion's connection: {connected.ResultCode}.");
            }

            var shared = settings.Mode == MqttMode.External && connected.SharedSubscriptionAvailable;
            var prefix = shared ? $"$share/{settings.SharedSubscriptionGroup}/" : "";
            var subscription = new MqttClientSubscribeOptionsBuilder()
                .WithTopicFilter(f => f.WithTopic(prefix + TopicName.Prefix + "+/report").WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
                .WithTopicFilter(f => f.WithTopic(prefix + TopicName.Prefix + "+/status").WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
                .Build();
            var subscribed = await _client.SubscribeAsync(subscription, cancellationToken);
            UsesSharedSubscriptions = shared;
            foreach (var item in subscribed.Items.Where(i => i.ResultCode > MqttClientSubscribeResultCode.GrantedQoS2))
            {
                throw new InvalidOperationException($"The broker refused the subscription {item.TopicFilter.Topic}: {item.ResultCode}.");
            }
            logger.LogInformation("Companion connected to MQTT as {ClientId} ({Mode}, {Subscription} subscriptions)",
                _clientId, settings.Mode, shared ? "shared" : "plain");
        }
        finally
        {
            _connectGate.Release();
        }
    }

    // Acknowledged to the broker on arrival (MQTTnet's automatic PUBACK): the companion starts
    // clean, so the broker would not redeliver an unacknowledged message after a reconnect anyway;
    // what makes a report safe is the kiosk keeping it until the ReportAck after the commit.
    // Holding PUBACKs back would only throttle the whole connection to the broker's in-flight
    // window (Mosquitto: 20 messages), which starves the group commit.
    private Task ReceiveAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var message = e.ApplicationMessage;
        var payload = message.Payload.Length > MaxInboundPayload ? null : message.Payload.ToArray();
        if (!queue.TryEnqueue(new InboundMessage(message.Topic, payload, Stopwatch.GetTimestamp())))
        {
            rejects.Record(RejectReason.QueueFull, TopicName.TryParse(message.Topic, out var topic) ? topic.Kind.ToString().ToLowerInvariant() : "unknown", null);
        }
        return Task.CompletedTask;
    }
}
