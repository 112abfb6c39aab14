using Kiosk.Firmware.Node;

namespace Kiosk.Simulator.Mqtt;

/// <summary>Where and as whom a simulated kiosk connects, and what the broker says when it vanishes.</summary>
public sealed class MqttNetLinkOptions
{
    public required string Host { get; init; }

    public int Port { get; init; } = 1883;

    /// <summary>The MQTT client id; the kiosk id, so the broker's ACL can match it.</summary>
    public required string ClientId { get; init; }

    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>The kiosk's status topic, where the Last Will goes (retained).</summary>
    public required string WillTopic { get; init; }

    /// <summary>Asked before every connect, so each connection carries its own epoch in its will.</summary>
    public required LastWillSource LastWill { get; init; }

    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long <see cref="MqttNetLink.Subscribe"/> waits for the broker's SUBACK.</summary>
    public TimeSpan SubscribeTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
