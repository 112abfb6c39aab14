namespace Kiosk.Companion.Fleet;

/// <summary>A row of groups. Kiosks of a group share its catalog.</summary>
public sealed class KioskGroup
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public string? ParentId { get; set; }

    public long CreatedAt { get; set; }
}
