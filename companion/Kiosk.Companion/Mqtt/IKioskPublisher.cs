namespace Kiosk.Companion.Mqtt;

/// <summary>Publishes to kiosk topics through the companion's own MQTT connection.</summary>
public interface IKioskPublisher
{
    /// <summary>QoS 1; completes when the broker has accepted the message. An empty retained payload clears the topic.</summary>
    Task PublishAsync(string topic, byte[] payload, bool retain, CancellationToken cancellationToken);
}
