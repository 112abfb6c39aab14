namespace Kiosk.Companion.Fleet;

/// <summary>Id follows the topic id rule (it appears in the catalog topic).</summary>
public sealed record CreateGroupRequest(string Id, string Name, GroupKind Kind, string? ParentId);
