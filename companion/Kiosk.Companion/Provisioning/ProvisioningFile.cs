using System.Text.Json.Serialization;

namespace Kiosk.Companion.Provisioning;

/// <summary>
/// The file the flashing guide deploys to a new kiosk as <c>I:\provisioning.json</c>, member for
/// member what the device's <c>Kiosk.Firmware.Provisioning.ProvisioningReader</c> reads (which
/// refuses unknown members): who the kiosk is, how to reach the broker, and the program's public
/// key. The Wi-Fi members are left empty for the technician to fill in on site; the kiosk refuses
/// to start with an empty network name and says so on its serial log.
/// </summary>
public sealed record ProvisioningFile(
    int Format,
    string KioskId,
    string GroupId,
    string MqttUsername,
    string MqttPassword,
    string CompanionHost,
    int CompanionPort,
    bool CompanionTls,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CompanionCaPem,
    string ProgramPublicKey,
    string WifiSsid,
    string WifiPassword);
