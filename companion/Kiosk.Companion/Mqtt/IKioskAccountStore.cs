namespace Kiosk.Companion.Mqtt;

/// <summary>
/// The broker's side of a kiosk's identity: its login and what it may touch (its own topics and
/// its group's catalog, docs/protocol.md). Called when a kiosk is provisioned and retired.
/// </summary>
public interface IKioskAccountStore
{
    /// <summary>Creates (or replaces) the kiosk's account; throws <see cref="BrokerAccountException"/> when the broker refuses.</summary>
    Task AddAsync(string kioskId, string groupId, string password, CancellationToken cancellationToken);

    /// <summary>Removes the account; an account that is already gone is not an error.</summary>
    Task RemoveAsync(string kioskId, CancellationToken cancellationToken);
}
