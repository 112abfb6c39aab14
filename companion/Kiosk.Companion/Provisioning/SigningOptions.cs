namespace Kiosk.Companion.Provisioning;

/// <summary>Configuration section "Signing".</summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    /// <summary>The program key, PKCS#8 PEM (made with 'kiosk keys new'). Default: program-key.pem in the data folder.</summary>
    public string? KeyPath { get; set; }
}
