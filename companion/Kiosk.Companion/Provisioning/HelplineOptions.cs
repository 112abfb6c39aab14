using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Provisioning;

/// <summary>A helpline or hotline shown on every kiosk of this deployment.</summary>
public sealed class HelplineOptions
{
    public string Name { get; set; } = "";

    public string Number { get; set; } = "";

    public HelplineKind Kind { get; set; } = HelplineKind.Helpline;

    public string? Url { get; set; }
}
