namespace Kiosk.Companion.Content;

/// <summary>Languages and display profiles to build (default: all); the version defaults to one above the newest stored.</summary>
public sealed record StartBuildRequest(IReadOnlyList<string>? Languages, IReadOnlyList<string>? Profiles, long? Version);
