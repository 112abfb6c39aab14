namespace Kiosk.Companion.Content;

/// <summary>A curriculum build the companion runs in the background; poll it for progress.</summary>
public sealed record ContentBuild(
    string Id,
    long Version,
    ContentBuildState State,
    int BundlesDone,
    int BundlesTotal,
    string? Error,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt);
