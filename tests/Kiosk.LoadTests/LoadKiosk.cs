using System.Buffers;
using System.Threading.Channels;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using MQTTnet;
using MQTTnet.Protocol;

namespace Kiosk.LoadTests;

/// <summary>
/// A lightweight kiosk: one MQTTnet client with the kiosk's credentials that sends real
/// UsageReports one at a time and waits for each ack, as the firmware's reporter does (the full
/// firmware core per kiosk is too heavy for 5,000 on two cores).
/// </summary>
public sealed class LoadKiosk(string kioskId, string password) : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly Channel<ulong> _acks = Channel.CreateUnbounded<ulong>(new UnboundedChannelOptions { SingleReader = true });

    public async Task ConnectAsync(int port)
    {
        _client.ApplicationMessageReceivedAsync += e =>
        {
            var payload = e.ApplicationMessage.Payload.ToArray();
            var ack = ReportAckCodec.Decode(payload, 0, payload.Length);
            _acks.Writer.TryWrite(ack.Status == ReportAckStatus.Accepted ? ack.Sequence : 0);
            return Task.CompletedTask;
        };
        await _client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithClientId(kioskId)
            .WithCredentials(kioskId, password)
            .WithCleanSession(true)
            .WithKeepAlivePeriod(TimeSpan.FromMinutes(5))
            .WithTimeout(TimeSpan.FromSeconds(60))
            .Build());
        await _client.SubscribeAsync(TopicName.Ack(kioskId), MqttQualityOfServiceLevel.AtLeastOnce);
    }

    /// <summary>
    /// Sends <paramref name="reports"/> reports the way the firmware's UsageReporter sends its
    /// backlog after a reconnect: all of them at once (QoS 1), then waits for their acks; returns
    /// how many were acked Accepted.
    /// </summary>
    public async Task<int> ReportAsync(int reports, int counters, TimeSpan ackTimeout)
    {
        for (ulong sequence = 1; sequence <= (ulong)reports; sequence++)
        {
            await _client.PublishAsync(new MqttApplicationMessageBuilder()
                .WithTopic(TopicName.Report(kioskId))
                .WithPayload(LoadReports.Encode(sequence, counters))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build());
        }

        var waiting = Enumerable.Range(1, reports).Select(s => (ulong)s).ToHashSet();
        var accepted = 0;
        using var timeout = new CancellationTokenSource(ackTimeout);
        try
        {
            while (waiting.Count > 0)
            {
                if (waiting.Remove(await _acks.Reader.ReadAsync(timeout.Token)))
                {
                    accepted++;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        return accepted;
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }
        _client.Dispose();
    }
}
