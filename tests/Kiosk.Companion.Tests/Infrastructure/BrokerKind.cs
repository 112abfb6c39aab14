namespace Kiosk.Companion.Tests.Infrastructure;

public enum BrokerKind
{
    Embedded,
    Mosquitto,
}
