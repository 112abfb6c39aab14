namespace Kiosk.Firmware.Platform;

/// <summary>
/// The kiosk's connection to the broker. The adapter owns connecting and reconnecting, the
/// credentials and the Last Will (see <see cref="Kiosk.Firmware.Node.KioskPresence"/>); the core
/// only publishes, subscribes and listens. Every connection starts clean: after
/// <see cref="ConnectionChanged"/>(true) the core subscribes again and re-sends what is pending.
/// Events may arrive on the adapter's own thread.
/// </summary>
public interface IMqttLink
{
    bool IsConnected { get; }

    /// <summary>
    /// Hands the message to the client; false when it could not (not connected, queue full).
    /// True does not mean delivered: the core keeps what matters until it is acknowledged.
    /// </summary>
    bool Publish(string topic, byte[] payload, MqttQos qos, bool retain);

    /// <summary>Subscribes on the current connection; false when not connected.</summary>
    bool Subscribe(string topic);

    event MqttMessageHandler MessageReceived;

    event MqttConnectionHandler ConnectionChanged;
}
