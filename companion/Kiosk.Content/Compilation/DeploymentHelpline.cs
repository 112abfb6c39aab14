namespace Kiosk.Content.Compilation;

/// <summary>
/// One number a deployment shows on the Get help screen. <see cref="Kind"/> is "helpline" (a
/// child helpline), "hotline" (reports of child sexual abuse material) or "emergency".
/// </summary>
public sealed record DeploymentHelpline(string Name, string Number, string Kind, string? Url = null)
{
    public const string Helpline = "helpline";
    public const string Hotline = "hotline";
    public const string Emergency = "emergency";
}
