namespace Kiosk.Firmware.Platform;

/// <summary>The link to the broker came up (true) or went down (false).</summary>
public delegate void MqttConnectionHandler(bool connected);
