namespace Kiosk.Companion.Provisioning;

/// <summary>
/// The lesson modules a group (school) chose for its kiosks. Every config the companion signs
/// asks this first, so no path (a PIN change, a restart, a module save) can put the deployment's
/// default back over a school's choice.
/// </summary>
public interface IGroupModuleChoice
{
    /// <summary>The group's module ids, or null when it never chose (the deployment default applies).</summary>
    Task<IReadOnlyList<string>?> FindAsync(string groupId, CancellationToken cancellationToken);
}
