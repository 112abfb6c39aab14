namespace Kiosk.Companion.Provisioning;

/// <summary>
/// What the flashing guide writes to a new kiosk: who it is, how to reach the broker, and the
/// program's public key. The Wi-Fi fields are placeholders filled in on site.
/// </summary>
public sealed record ProvisioningFile(
    int FormatVersion,
    string KioskId,
    string GroupId,
    ProvisioningMqtt Mqtt,
    string ProgramPublicKey,
    string ProgramKeyId,
    ProvisioningWifi Wifi);
