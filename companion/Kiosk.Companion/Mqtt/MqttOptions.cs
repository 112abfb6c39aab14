namespace Kiosk.Companion.Mqtt;

/// <summary>Configuration section "Mqtt".</summary>
public sealed class MqttOptions
{
    public const string Section = "Mqtt";

    public MqttMode Mode { get; set; } = MqttMode.Embedded;

    /// <summary>Embedded: the port the broker listens on. External: the broker's port.</summary>
    public int Port { get; set; } = 1883;

    /// <summary>Embedded only: listen on every interface instead of loopback.</summary>
    public bool ListenOnAllInterfaces { get; set; }

    /// <summary>Embedded only: messages queued per subscriber before the oldest are dropped; the ingest is one subscriber.</summary>
    public int MaxPendingMessagesPerClient { get; set; } = 100_000;

    /// <summary>External only: the broker's host name.</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>External only.</summary>
    public bool UseTls { get; set; }

    /// <summary>External only: a PEM file of the CA that signed the broker's certificate; the system store when empty.</summary>
    public string? CaFile { get; set; }

    /// <summary>The companion's own user name on the broker.</summary>
    public string ServiceUserName { get; set; } = "companion";

    /// <summary>Required for an external broker; for the embedded one a random password is made per start when empty.</summary>
    public string? ServicePassword { get; set; }

    /// <summary>Unique per instance; defaults to "companion-" and random hex.</summary>
    public string? ClientId { get; set; }

    /// <summary>External only: who creates the kiosks' broker accounts (see <see cref="Mqtt.KioskAccounts"/>).</summary>
    public KioskAccounts KioskAccounts { get; set; } = KioskAccounts.Manual;

    /// <summary>
    /// MosquittoDynamicSecurity only: the user with Mosquitto's dynamic security admin role; the
    /// service user when empty (which then needs that role as well).
    /// </summary>
    public string? AccountsUserName { get; set; }

    public string? AccountsPassword { get; set; }

    /// <summary>The MQTT 5 shared-subscription group companion instances share load in.</summary>
    public string SharedSubscriptionGroup { get; set; } = "companion";
}
