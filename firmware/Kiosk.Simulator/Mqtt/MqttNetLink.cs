using System.Buffers;
using Kiosk.Firmware.Platform;
using MQTTnet;
using MQTTnet.Protocol;

namespace Kiosk.Simulator.Mqtt;

/// <summary>
/// <see cref="IMqttLink"/> over an MQTTnet client. A background loop keeps the connection up:
/// every connect is a clean session with a fresh Last Will from
/// <see cref="MqttNetLinkOptions.LastWill"/> (the kiosk's Offline status with the new epoch,
/// retained), and the core is told of every connect and disconnect so it subscribes and
/// re-sends itself. Publishing does not wait for the broker: what must arrive is kept by the
/// core until acknowledged, so a publish lost with its connection costs nothing.
/// </summary>
public sealed class MqttNetLink : IMqttLink, IAsyncDisposable
{
    private readonly MqttNetLinkOptions _options;
    private readonly IMqttClient _client;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _disconnected = new(0, 1);
    private Task? _loop;

    public MqttNetLink(MqttNetLinkOptions options)
    {
        _options = options;
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        _client.DisconnectedAsync += OnDisconnectedAsync;
    }

    public event MqttMessageHandler? MessageReceived;

    public event MqttConnectionHandler? ConnectionChanged;

    public bool IsConnected => _client.IsConnected;

    /// <summary>Starts the connect-and-reconnect loop.</summary>
    public void Start()
    {
        _loop ??= Task.Run(() => KeepConnectedAsync(_stop.Token));
    }

    public bool Publish(string topic, byte[] payload, MqttQos qos, bool retain)
    {
        if (!_client.IsConnected)
        {
            return false;
        }
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(qos == MqttQos.AtLeastOnce ? MqttQualityOfServiceLevel.AtLeastOnce : MqttQualityOfServiceLevel.AtMostOnce)
            .WithRetainFlag(retain)
            .Build();
        _ = _client.PublishAsync(message, _stop.Token).ContinueWith(
            task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return true;
    }

    public bool Subscribe(string topic)
    {
        if (!_client.IsConnected)
        {
            return false;
        }
        var options = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(topic, MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        try
        {
            // Waits for the SUBACK, so what the core publishes next is answered on this subscription.
            return _client.SubscribeAsync(options, _stop.Token).Wait(_options.SubscribeTimeout);
        }
        catch (AggregateException)
        {
            return false;
        }
    }

    /// <summary>Drops the connection without a DISCONNECT packet's courtesy to the core; the loop reconnects.</summary>
    public async Task DropConnectionAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
        }
        _client.Dispose();
        _stop.Dispose();
    }

    private async Task KeepConnectedAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (!_client.IsConnected && await TryConnectAsync(stop))
            {
                ConnectionChanged?.Invoke(true);
            }
            try
            {
                // Wakes at once on a disconnect, else re-checks now and then.
                await _disconnected.WaitAsync(_client.IsConnected ? TimeSpan.FromSeconds(5) : _options.ReconnectDelay, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> TryConnectAsync(CancellationToken stop)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(_options.Host, _options.Port)
            .WithClientId(_options.ClientId)
            .WithCleanSession(true)
            .WithKeepAlivePeriod(_options.KeepAlive)
            .WithTimeout(_options.ConnectTimeout)
            .WithWillTopic(_options.WillTopic)
            .WithWillPayload(_options.LastWill())
            .WithWillRetain(true)
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        if (_options.UserName is not null)
        {
            builder.WithCredentials(_options.UserName, _options.Password);
        }
        try
        {
            await _client.ConnectAsync(builder.Build(), stop);
            return true;
        }
        catch (Exception)
        {
            // Refused, unreachable, timed out or cancelled: the loop tries again after a pause.
            return false;
        }
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs args)
    {
        MessageReceived?.Invoke(args.ApplicationMessage.Topic, args.ApplicationMessage.Payload.ToArray());
        return Task.CompletedTask;
    }

    private Task OnDisconnectedAsync(MqttClientDisconnectedEventArgs args)
    {
        if (args.ClientWasConnected)
        {
            ConnectionChanged?.Invoke(false);
        }
        if (_disconnected.CurrentCount == 0)
        {
            try
            {
                _disconnected.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another disconnect already woke the loop.
            }
        }
        return Task.CompletedTask;
    }
}
