using Kiosk.Companion.Fleet;

namespace Kiosk.Companion.Web.Fleet;

/// <summary>A kiosk as a fleet table row shows it.</summary>
public sealed record FleetRow(KioskView Kiosk, string GroupName)
{
    public FleetState State => Kiosk.Online ? FleetState.Online : Kiosk.LastSeenAt is null ? FleetState.NeverSeen : FleetState.Offline;

    /// <summary>Installed bundles as "id v3", newest first; empty before the first status.</summary>
    public IReadOnlyList<string> ContentVersions =>
        Kiosk.InstalledBundles.OrderByDescending(b => b.Version).Select(b => $"{b.BundleId} v{b.Version}").ToList();

    public bool Matches(string? search) =>
        string.IsNullOrWhiteSpace(search)
        || Kiosk.Id.Contains(search, StringComparison.OrdinalIgnoreCase)
        || GroupName.Contains(search, StringComparison.OrdinalIgnoreCase)
        || (Kiosk.Firmware ?? "").Contains(search, StringComparison.OrdinalIgnoreCase)
        || Kiosk.InstalledBundles.Any(b => b.BundleId.Contains(search, StringComparison.OrdinalIgnoreCase));
}
