namespace Kiosk.Companion.Provisioning;

/// <summary>Broker address and the kiosk's own credentials (client id and user name are the kiosk id).</summary>
public sealed record ProvisioningMqtt(string Host, int Port, bool Tls, string ClientId, string Username, string Password);
