namespace Kiosk.Companion.Fleet;

/// <summary>A bundle a kiosk reported as installed.</summary>
public sealed record InstalledBundleView(string BundleId, long Version, string Language, string ProfileId);
