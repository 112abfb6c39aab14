namespace Kiosk.Companion.Provisioning;

/// <summary>Filled in on site; the companion never knows a school's Wi-Fi.</summary>
public sealed record ProvisioningWifi(string Ssid, string Password);
