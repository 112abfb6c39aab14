namespace Kiosk.Companion.Provisioning;

/// <summary>
/// Configuration section "Provisioning": what goes into provisioning files and new configs.
/// Checked at start-up by encoding a sample config, so a bad helpline fails there, not later.
/// </summary>
public sealed class ProvisioningOptions
{
    public const string Section = "Provisioning";

    /// <summary>The broker address kiosks use; defaults to the embedded broker's port or the external broker's host and port.</summary>
    public string? MqttHost { get; set; }

    public int? MqttPort { get; set; }

    public bool? MqttTls { get; set; }

    /// <summary>
    /// A PEM file with the CA certificate kiosks should trust for the broker's TLS; copied into
    /// each provisioning file when TLS is on. Unset: the kiosk uses the firmware's root store.
    /// </summary>
    public string? MqttCaPemFile { get; set; }

    public string DefaultLanguage { get; set; } = "en";

    public uint IdleTimeoutSeconds { get; set; } = 120;

    public List<string> EnabledModuleIds { get; set; } = [];

    public List<HelplineOptions> Helplines { get; set; } = [];

    /// <summary>
    /// SHA-256 rounds of the teacher PIN hash. Kept low on purpose: the kiosk interprets IL and
    /// hashes on every unlock, and no round count makes a 4-6 digit PIN resist offline guessing.
    /// </summary>
    public uint PinIterations { get; set; } = 1000;
}
