using Kiosk.Firmware.Platform;

namespace Kiosk.Firmware.Tests.Devices;

/// <summary>
/// An in-memory <see cref="IMqttLink"/>: what the kiosk publishes goes to <see cref="Published"/>
/// and to <see cref="OnPublish"/> (a test's companion stand-in); the test delivers messages to
/// the kiosk with <see cref="Deliver"/> and opens or cuts the connection at will.
/// </summary>
public sealed class LoopbackLink : IMqttLink
{
    public event MqttMessageHandler? MessageReceived;

    public event MqttConnectionHandler? ConnectionChanged;

    public bool IsConnected { get; private set; }

    public List<(string Topic, byte[] Payload, bool Retain)> Published { get; } = [];

    public List<string> Subscriptions { get; } = [];

    public Action<string, byte[]>? OnPublish { get; set; }

    public bool Publish(string topic, byte[] payload, MqttQos qos, bool retain)
    {
        if (!IsConnected)
        {
            return false;
        }
        Published.Add((topic, payload, retain));
        OnPublish?.Invoke(topic, payload);
        return true;
    }

    public bool Subscribe(string topic)
    {
        if (!IsConnected)
        {
            return false;
        }
        Subscriptions.Add(topic);
        return true;
    }

    public void Connect()
    {
        IsConnected = true;
        ConnectionChanged?.Invoke(true);
    }

    public void Disconnect()
    {
        IsConnected = false;
        Subscriptions.Clear();
        ConnectionChanged?.Invoke(false);
    }

    public void Deliver(string topic, byte[] payload)
    {
        if (IsConnected)
        {
            MessageReceived?.Invoke(topic, payload);
        }
    }
}
