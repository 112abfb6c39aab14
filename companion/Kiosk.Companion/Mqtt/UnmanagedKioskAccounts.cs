using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Mqtt;

/// <summary>
/// <see cref="KioskAccounts.Manual"/>: nothing to do on the embedded broker, which checks the
/// registry; on an external broker the operator adds the account, so the log says which.
/// </summary>
public sealed class UnmanagedKioskAccounts(IOptions<MqttOptions> options, ILogger<UnmanagedKioskAccounts> logger) : IKioskAccountStore
{
    public Task AddAsync(string kioskId, string groupId, string password, CancellationToken cancellationToken)
    {
        if (options.Value.Mode == MqttMode.External)
        {
            logger.LogWarning(
                "Kiosk {KioskId} needs an account on the external broker (user {KioskId}, the password in its provisioning file, the ACL for group {GroupId}); see docs/companion.md",
                kioskId, kioskId, groupId);
        }
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string kioskId, CancellationToken cancellationToken)
    {
        if (options.Value.Mode == MqttMode.External)
        {
            logger.LogWarning("Kiosk {KioskId} was retired; remove its account from the external broker", kioskId);
        }
        return Task.CompletedTask;
    }
}
