namespace Kiosk.Firmware.Provisioning;

/// <summary>
/// What the companion gives one kiosk to join the fleet (docs/device.md, "Provisioning file").
/// Plain data; <see cref="ProvisioningReader"/> fills and checks it.
/// </summary>
public sealed class ProvisioningFile
{
    /// <summary>The only format version this reader understands.</summary>
    public const int CurrentFormat = 1;

    public string KioskId;

    /// <summary>The group the kiosk follows until a signed config names another.</summary>
    public string GroupId;

    public string MqttUsername;

    public string MqttPassword;

    public string CompanionHost;

    public int CompanionPort;

    public bool CompanionTls;

    /// <summary>PEM text of the CA that signed the broker's certificate; null to use the firmware's own store.</summary>
    public string CompanionCaPem;

    /// <summary>The program's Ed25519 public key, 32 bytes.</summary>
    public byte[] ProgramPublicKey;

    public string WifiSsid;

    /// <summary>Empty for an open network.</summary>
    public string WifiPassword;
}
