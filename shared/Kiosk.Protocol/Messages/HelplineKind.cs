namespace Kiosk.Protocol.Messages;

/// <summary>A helpline answers children; a hotline takes reports of child sexual abuse material.</summary>
public enum HelplineKind
{
    Helpline = 0,
    Hotline = 1
}
