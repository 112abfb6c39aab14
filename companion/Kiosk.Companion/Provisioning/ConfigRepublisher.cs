using Kiosk.Companion.Fleet;

namespace Kiosk.Companion.Provisioning;

/// <summary>
/// Publishes every kiosk's current config once the MQTT connection is up. The embedded broker
/// keeps retained messages in memory only, so after a restart they must be put back; on an
/// external broker this is a harmless repeat.
/// </summary>
public sealed class ConfigRepublisher(KioskRegistry registry, ConfigIssuer issuer, ILogger<ConfigRepublisher> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var kiosks = await registry.ListAsync(null, null, cancellationToken);
        foreach (var kiosk in kiosks)
        {
            await issuer.PublishAsync(kiosk, cancellationToken);
        }
        logger.LogInformation("Published the configs of {Count} kiosks", kiosks.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
