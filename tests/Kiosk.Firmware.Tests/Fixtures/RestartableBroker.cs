using System.Net;
using System.Net.Sockets;
using MQTTnet.Server;

namespace Kiosk.Firmware.Tests.Fixtures;

/// <summary>A real in-process MQTTnet broker on a free loopback port that a test can stop and start again.</summary>
public sealed class RestartableBroker : IAsyncDisposable
{
    private readonly MqttServerFactory _factory = new();
    private MqttServer? _server;

    public int Port { get; } = FreePort();

    /// <summary>The running broker; null while stopped.</summary>
    public MqttServer? Server => _server;

    public async Task StartAsync()
    {
        var options = _factory.CreateServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
            .WithDefaultEndpointPort(Port)
            .WithDefaultEndpointReuseAddress()
            .Build();
        _server = _factory.CreateMqttServer(options);
        await _server.StartAsync();
    }

    /// <summary>Stops the broker: every connection drops and every in-flight message is lost.</summary>
    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }
        await _server.StopAsync(_factory.CreateMqttServerStopOptionsBuilder().Build());
        _server.Dispose();
        _server = null;
    }

    /// <summary>Drops one client's connection from the broker side, as a dead Wi-Fi link would.</summary>
    public Task DisconnectAsync(string clientId) =>
        _server!.DisconnectClientAsync(clientId, _factory.CreateMqttServerClientDisconnectOptionsBuilder().Build());

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
