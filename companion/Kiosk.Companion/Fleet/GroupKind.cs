namespace Kiosk.Companion.Fleet;

/// <summary>A school holds kiosks; a region holds schools and other regions.</summary>
public enum GroupKind
{
    School,
    Region,
}
