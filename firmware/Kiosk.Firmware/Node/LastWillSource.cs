namespace Kiosk.Firmware.Node;

/// <summary>Gives an MQTT adapter the Last Will payload for the connection it is about to open.</summary>
public delegate byte[] LastWillSource();
