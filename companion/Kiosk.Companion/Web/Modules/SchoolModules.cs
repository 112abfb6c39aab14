namespace Kiosk.Companion.Web.Modules;

/// <summary>The modules a school chose, and when and by whom; null modules means the deployment default.</summary>
public sealed record SchoolModules(string GroupId, IReadOnlyList<string>? Modules, DateTimeOffset? ChangedAt, string? ChangedBy);
