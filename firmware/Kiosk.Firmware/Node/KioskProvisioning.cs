namespace Kiosk.Firmware.Node;

/// <summary>What a kiosk is given when it is flashed: who it is and whom it trusts.</summary>
public sealed class KioskProvisioning
{
    /// <summary>A random install id (never a MAC address or serial), valid as a topic level.</summary>
    public string KioskId;

    /// <summary>The group to follow until a config names another.</summary>
    public string GroupId;

    /// <summary>The program's Ed25519 public key, 32 bytes.</summary>
    public byte[] ProgramKey;

    /// <summary>The display profile bundles must be built for, e.g. "320x240".</summary>
    public string ProfileId;

    public string BoardProfileId;

    public string FirmwareVersion;
}
