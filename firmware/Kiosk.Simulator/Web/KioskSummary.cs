namespace Kiosk.Simulator.Web;

/// <summary>One kiosk as the page lists it.</summary>
public sealed record KioskSummary(string Id, int Width, int Height, string Profile, string Screen, string? Language, long Version);
