using System.Text.Json;

namespace Kiosk.Companion.Fleet;

/// <summary>A kiosk as the API shows it: no credential, no PIN material.</summary>
public sealed record KioskView(
    string Id,
    string GroupId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSeenAt,
    bool Online,
    long ConnectionEpoch,
    long BootCount,
    string? Firmware,
    string? BoardProfile,
    IReadOnlyList<InstalledBundleView> InstalledBundles,
    IReadOnlyList<string> EnabledModules,
    string? DefaultLanguage,
    long? FreeStorageBytes,
    long AppliedConfigSerial,
    long IssuedConfigSerial,
    long CatalogSerial)
{
    public static KioskView From(KioskRecord kiosk) => new(
        kiosk.Id,
        kiosk.GroupId,
        DateTimeOffset.FromUnixTimeSeconds(kiosk.CreatedAt),
        kiosk.LastSeenAt is { } seen ? DateTimeOffset.FromUnixTimeSeconds(seen) : null,
        kiosk.Online != 0,
        kiosk.ConnectionEpoch,
        kiosk.BootCount,
        kiosk.Firmware,
        kiosk.BoardProfile,
        kiosk.InstalledBundles is null ? [] : JsonSerializer.Deserialize<List<InstalledBundleView>>(kiosk.InstalledBundles) ?? [],
        kiosk.EnabledModules is null ? [] : JsonSerializer.Deserialize<List<string>>(kiosk.EnabledModules) ?? [],
        kiosk.DefaultLanguage,
        kiosk.FreeStorageBytes,
        kiosk.AppliedConfigSerial,
        kiosk.ConfigSerial,
        kiosk.CatalogSerial);
}
