namespace Kiosk.Firmware.Platform;

/// <summary>A message arrived on a subscribed topic.</summary>
public delegate void MqttMessageHandler(string topic, byte[] payload);
