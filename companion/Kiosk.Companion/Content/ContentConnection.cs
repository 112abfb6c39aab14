using System.Buffers;
using System.Security.Cryptography;
using System.Threading.Channels;
using Kiosk.Companion.Mqtt;
using Kiosk.Companion.Rollout;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;

namespace Kiosk.Companion.Content;

/// <summary>
/// A second MQTT client of the companion, for content: takes chunk requests (QoS 0, a shared
/// subscription where the broker offers one) into a bounded queue drained by a few workers, and
/// answers Busy at once when the queue is full; and hands every kiosk status to the rollout
/// tracker. Kept apart from the report ingest's connection so a rollout's chunk traffic never
/// queues behind reports, nor reports behind chunks.
/// </summary>
public sealed class ContentConnection(
    IOptions<MqttOptions> options,
    IOptions<ContentOptions> content,
    ServiceCredential credential,
    ChunkService chunks,
    RolloutTracker tracker,
    ILogger<ContentConnection> logger) : BackgroundService
{
    private const int Workers = 4;

    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly Channel<(string KioskId, byte[] Payload)> _requests = Channel.CreateBounded<(string, byte[])>(
        new BoundedChannelOptions(content.Value.MaxConcurrentChunks) { FullMode = BoundedChannelFullMode.Wait });
    private readonly Channel<(string KioskId, byte[] Payload)> _statuses = Channel.CreateUnbounded<(string, byte[])>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly string _clientId = "companion-content-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();

    public bool IsConnected => _client.IsConnected;

    public override void Dispose()
    {
        _client.Dispose();
        base.Dispose();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), cancellationToken);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _client.ApplicationMessageReceivedAsync += ReceiveAsync;
        var workers = Enumerable.Range(0, Workers).Select(_ => ServeAsync(stoppingToken)).ToList();
        workers.Add(TrackAsync(stoppingToken));
        workers.Add(BrokerClient.KeepConnectedAsync(_client, ConnectAsync, "Content", logger, stoppingToken));
        return Task.WhenAll(workers);
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var builder = BrokerClient.Options(settings, _clientId, credential.UserName, credential.Password);
        var connected = await _client.ConnectAsync(builder.Build(), cancellationToken);
        if (connected.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new InvalidOperationException($"The broker refused the content connection: {connected.ResultCode}.");
        }
        var shared = settings.Mode == MqttMode.External && connected.SharedSubscriptionAvailable;
        var prefix = shared ? $"$share/{settings.SharedSubscriptionGroup}-content/" : "";
        var subscribed = await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(prefix + TopicName.Prefix + "+/chunk-request").WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtMostOnce))
            .WithTopicFilter(f => f.WithTopic(TopicName.Prefix + "+/status").WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
            .Build(), cancellationToken);
        foreach (var item in subscribed.Items.Where(i => i.ResultCode > MqttClientSubscribeResultCode.GrantedQoS2))
        {
            throw new InvalidOperationException($"The broker refused the subscription {item.TopicFilter.Topic}: {item.ResultCode}.");
        }
        logger.LogInformation("Content connection up as {ClientId} ({Subscription} chunk subscription)", _clientId, shared ? "shared" : "plain");
    }

    private async Task ReceiveAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var message = e.ApplicationMessage;
        if (!TopicName.TryParse(message.Topic, out var topic) || message.Payload.Length > KioskStatusCodec.MaxEncodedSize)
        {
            return;
        }
        var payload = message.Payload.ToArray();
        if (topic.Kind == TopicKind.Status)
        {
            _statuses.Writer.TryWrite((topic.KioskId, payload));
        }
        else if (topic.Kind == TopicKind.ChunkRequest && !_requests.Writer.TryWrite((topic.KioskId, payload)) && ChunkService.Busy(payload) is { } busy)
        {
            await AnswerAsync(topic.KioskId, busy, CancellationToken.None);
        }
    }

    private async Task ServeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (kioskId, payload) in _requests.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    if (await chunks.AnswerAsync(kioskId, payload, stoppingToken) is { } response)
                    {
                        await AnswerAsync(kioskId, response, stoppingToken);
                    }
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // The kiosk times out and asks again; nothing is lost by not answering.
                    logger.LogWarning(error, "Could not answer a chunk request from {KioskId}", kioskId);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task TrackAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (kioskId, payload) in _statuses.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await tracker.ObserveAsync(kioskId, payload, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogWarning(error, "Could not track the status of {KioskId}", kioskId);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private Task AnswerAsync(string kioskId, ChunkResponse response, CancellationToken cancellationToken) =>
        _client.IsConnected
            ? _client.PublishAsync(new MqttApplicationMessageBuilder()
                .WithTopic(TopicName.ChunkResponse(kioskId))
                .WithPayload(ChunkResponseCodec.Encode(response))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtMostOnce)
                .Build(), cancellationToken)
            : Task.CompletedTask;
}
