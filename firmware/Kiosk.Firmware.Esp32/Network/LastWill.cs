namespace Kiosk.Firmware.Esp32.Network;

/// <summary>
/// Supplies the Last Will for the next connection. The payload changes per connection (it carries
/// the connection epoch, docs/protocol.md), so the adapter asks just before each CONNECT.
/// </summary>
public delegate byte[] LastWill(out string topic);
