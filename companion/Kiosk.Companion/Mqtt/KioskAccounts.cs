namespace Kiosk.Companion.Mqtt;

/// <summary>Who keeps the kiosks' broker accounts (configuration "Mqtt:KioskAccounts").</summary>
public enum KioskAccounts
{
    /// <summary>
    /// The embedded broker checks kiosks against the registry itself; with an external broker the
    /// operator adds each kiosk's account by hand (docs/companion.md, "External broker").
    /// </summary>
    Manual,

    /// <summary>
    /// The companion creates and removes each kiosk's client and role on Mosquitto's dynamic
    /// security plugin, so provisioning a kiosk is all it takes for it to log in.
    /// </summary>
    MosquittoDynamicSecurity,
}
