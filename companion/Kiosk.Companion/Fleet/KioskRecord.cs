namespace Kiosk.Companion.Fleet;

/// <summary>A row of kiosks: registry data, the latest accepted status, and the current config's PIN.</summary>
public sealed class KioskRecord
{
    public string Id { get; set; } = "";

    public string GroupId { get; set; } = "";

    public string CredentialHash { get; set; } = "";

    public long CreatedAt { get; set; }

    public long? LastSeenAt { get; set; }

    public long Online { get; set; }

    public long ConnectionEpoch { get; set; }

    public long BootCount { get; set; }

    public string? Firmware { get; set; }

    public string? BoardProfile { get; set; }

    /// <summary>JSON array of installed bundles as last reported.</summary>
    public string? InstalledBundles { get; set; }

    /// <summary>JSON array of module ids the teacher enabled, as last reported.</summary>
    public string? EnabledModules { get; set; }

    public string? DefaultLanguage { get; set; }

    public long? FreeStorageBytes { get; set; }

    public long AppliedConfigSerial { get; set; }

    public long CatalogSerial { get; set; }

    /// <summary>Serial of the newest config the companion issued.</summary>
    public long ConfigSerial { get; set; }

    public string PinSalt { get; set; } = "";

    public string PinHash { get; set; } = "";

    public long PinIterations { get; set; }
}
