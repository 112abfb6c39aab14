namespace Kiosk.Typesetting;

/// <summary>The two weights the repository ships for every script.</summary>
public enum FontWeight
{
    Regular,
    Bold,
}
