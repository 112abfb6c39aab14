namespace Kiosk.Companion.Web.Fleet;

/// <summary>One line of a kiosk's history: when, a kind (for the icon and tests) and the text parts.</summary>
public sealed record KioskHistoryEntry(DateTimeOffset At, KioskHistoryKind Kind, string Detail, long Number, long Extra);
