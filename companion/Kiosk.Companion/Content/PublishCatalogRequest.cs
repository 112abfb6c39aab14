namespace Kiosk.Companion.Content;

/// <summary>
/// Set a group's catalog to bundle version <paramref name="Version"/> at once (no stages).
/// <paramref name="Pinned"/> marks every entry Pinned: kiosks install it even when they hold a
/// newer version (a deliberate rollback), and rollouts leave the group alone until unpinned.
/// </summary>
public sealed record PublishCatalogRequest(long Version, bool Pinned);
