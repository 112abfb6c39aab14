namespace Kiosk.Protocol.Messages;

/// <summary>
/// The retained status of one kiosk. The Last Will is the same message with
/// <see cref="KioskState.Offline"/> and the epoch of the connection it belongs to; every other
/// field is then optional.
/// </summary>
public sealed class KioskStatus
{
    public KioskState State { get; set; }

    /// <summary>Boots since the kiosk was provisioned; for staff diagnosing restarts.</summary>
    public uint BootCount { get; set; }

    /// <summary>
    /// Raised on every connection and kept across reboots, so a late Last Will from an older
    /// connection (lower epoch) never overrides the Online of a newer one.
    /// </summary>
    public ulong ConnectionEpoch { get; set; }

    public string FirmwareVersion { get; set; }

    public string BoardProfileId { get; set; }

    public InstalledBundle[] InstalledBundles { get; set; }

    public ulong FreeStorageBytes { get; set; }

    public SyncStatus Sync { get; set; }

    /// <summary>The modules the teacher has enabled on the kiosk (may differ from the config).</summary>
    public string[] EnabledModuleIds { get; set; }

    /// <summary>The language the teacher set on the kiosk; null if none.</summary>
    public string DefaultLanguage { get; set; }

    /// <summary>Serial of the config the kiosk applied; 0 before any.</summary>
    public ulong ConfigSerial { get; set; }

    /// <summary>Serial of the catalog the kiosk follows; 0 before any.</summary>
    public ulong CatalogSerial { get; set; }
}
