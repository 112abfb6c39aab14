namespace Kiosk.Protocol.Messages;

/// <summary>Settings for one kiosk; the payload of a signed config.</summary>
public sealed class KioskConfig
{
    public string KioskId { get; set; }

    public string GroupId { get; set; }

    /// <summary>Increases with every config for the kiosk; kiosks ignore one not newer than they have.</summary>
    public ulong Serial { get; set; }

    /// <summary>Random, 16 to 64 bytes.</summary>
    public byte[] PinSalt { get; set; }

    /// <summary>
    /// SHA-256 applied <see cref="PinIterations"/> times: h1 = SHA-256(salt || pin as ASCII digits),
    /// h(k) = SHA-256(h(k-1)); this is the last one, 32 bytes.
    /// </summary>
    public byte[] PinHash { get; set; }

    public uint PinIterations { get; set; }

    public string[] EnabledModuleIds { get; set; }

    public Helpline[] Helplines { get; set; }

    public string DefaultLanguage { get; set; }

    /// <summary>After this long without a touch the child's session ends and the screen resets.</summary>
    public uint IdleTimeoutSeconds { get; set; }
}
