namespace Kiosk.Firmware.Esp32.Network;

/// <summary>What the MQTT adapter needs from the provisioning file. Plain data.</summary>
public sealed class BrokerSettings
{
    public string Host;

    public int Port;

    public bool Tls;

    /// <summary>PEM of the CA that signed the broker's certificate; null to trust the firmware's store.</summary>
    public string CaPem;

    public string ClientId;

    public string Username;

    public string Password;

    /// <summary>Where the broker publishes the Last Will: the kiosk's status topic.</summary>
    public string WillTopic;

    /// <summary>Seconds between pings; also how soon the broker notices a dead kiosk and sends its Will.</summary>
    public ushort KeepAliveSeconds;
}
