namespace Kiosk.Protocol.Messages;

/// <summary>A number shown on every kiosk's help screen.</summary>
public sealed class Helpline
{
    public string Name { get; set; }

    /// <summary>As people dial it, e.g. "116 111".</summary>
    public string Number { get; set; }

    public HelplineKind Kind { get; set; }

    /// <summary>A web address shown as text (a kiosk has no browser); null if none.</summary>
    public string Url { get; set; }
}
