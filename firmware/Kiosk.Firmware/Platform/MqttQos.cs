namespace Kiosk.Firmware.Platform;

/// <summary>The MQTT delivery guarantees the kiosk uses; it never needs exactly-once.</summary>
public enum MqttQos
{
    AtMostOnce = 0,
    AtLeastOnce = 1
}
