namespace Kiosk.Firmware.Node;

/// <summary>Something the MQTT adapter reported, parked until the main loop handles it.</summary>
public sealed class LinkEvent
{
    /// <summary>Null for a connection change.</summary>
    public string Topic;

    public byte[] Payload;

    public bool Connected;
}
