namespace Kiosk.Companion.Content;

/// <summary>A row of group_catalogs: which release a group's kiosks follow, and whether staff pinned it.</summary>
public sealed class GroupCatalog
{
    public string GroupId { get; set; } = "";

    /// <summary>Serial of the last catalog published for the group; the next one is higher.</summary>
    public long Serial { get; set; }

    /// <summary>The bundle version (release) the group's catalog lists; null for an empty catalog.</summary>
    public long? ReleaseVersion { get; set; }

    /// <summary>1 when staff pinned the release: entries carry Pinned, so kiosks install it even when older.</summary>
    public long Pinned { get; set; }

    public long UpdatedAt { get; set; }
}
