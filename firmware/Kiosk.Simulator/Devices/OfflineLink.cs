using Kiosk.Firmware.Platform;

namespace Kiosk.Simulator.Devices;

/// <summary>The link of a kiosk with no broker: never connected, so the node keeps its reports on flash.</summary>
public sealed class OfflineLink : IMqttLink
{
    public bool IsConnected => false;

    public event MqttMessageHandler? MessageReceived
    {
        add { }
        remove { }
    }

    public event MqttConnectionHandler? ConnectionChanged
    {
        add { }
        remove { }
    }

    public bool Publish(string topic, byte[] payload, MqttQos qos, bool retain) => false;

    public bool Subscribe(string topic) => false;
}
