namespace Kiosk.Companion.Mqtt;

/// <summary>Embedded: the companion runs the broker itself. External: it is a client of a broker run elsewhere.</summary>
public enum MqttMode
{
    Embedded,
    External,
}
