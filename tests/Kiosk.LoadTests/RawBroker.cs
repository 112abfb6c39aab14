using MQTTnet;
using MQTTnet.Protocol;

namespace Kiosk.LoadTests;

/// <summary>
/// The baseline: the same broker (the companion's embedded one) moving the same report payloads
/// from as many publishers to one subscriber, QoS 1, with no companion logic in the path. The
/// publishers use the companion's service credential on bench/ topics, which nothing else reads.
/// Like the kiosks that replace them, each publisher holds one subscription of its own (a kiosk
/// holds its ack topic): MQTTnet's broker matches every publish against every session's
/// subscriptions, so a baseline of bare publishers would measure a lighter broker than the one
/// the kiosks load.
/// </summary>
public static class RawBroker
{
    public static async Task<(double PerSecond, long Delivered)> MeasureAsync(int port, string servicePassword, int publishers, int messagesEach, int counters)
    {
        var expected = (long)publishers * messagesEach;
        long delivered = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscriber = new MqttClientFactory().CreateMqttClient();
        subscriber.ApplicationMessageReceivedAsync += _ =>
        {
            if (Interlocked.Increment(ref delivered) == expected)
            {
                all.TrySetResult();
            }
            return Task.CompletedTask;
        };
        await subscriber.ConnectAsync(Options(port, "bench-subscriber", servicePassword));
        await subscriber.SubscribeAsync("bench/#", MqttQualityOfServiceLevel.AtLeastOnce);

        var clients = await LoadRun.InBatchesAsync(Enumerable.Range(0, publishers), async i =>
        {
            var client = new MqttClientFactory().CreateMqttClient();
            await client.ConnectAsync(Options(port, $"bench-{i}", servicePassword));
            await client.SubscribeAsync($"bench-in/{i}", MqttQualityOfServiceLevel.AtLeastOnce);
            return client;
        });
        var payload = LoadReports.Encode(1, counters);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, i) => Task.Run(async () =>
        {
            var message = new MqttApplicationMessageBuilder().WithTopic($"bench/{i}").WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
            for (var m = 0; m < messagesEach; m++)
            {
                await client.PublishAsync(message);
            }
        })));
        await Task.WhenAny(all.Task, Task.Delay(TimeSpan.FromMinutes(5)));
        var seconds = clock.Elapsed.TotalSeconds;
        foreach (var client in clients)
        {
            await client.DisconnectAsync();
            client.Dispose();
        }
        await subscriber.DisconnectAsync();
        return (Interlocked.Read(ref delivered) / seconds, Interlocked.Read(ref delivered));
    }

    private static MqttClientOptions Options(int port, string clientId, string password) => new MqttClientOptionsBuilder()
        .WithTcpServer("127.0.0.1", port)
        .WithClientId(clientId)
        .WithCredentials("companion", password)
        .WithCleanSession(true)
        .WithKeepAlivePeriod(TimeSpan.FromMinutes(5))
        .WithTimeout(TimeSpan.FromSeconds(60))
        .Build();
}
