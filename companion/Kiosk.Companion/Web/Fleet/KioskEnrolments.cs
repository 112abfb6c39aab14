using Kiosk.Companion.Rollout;

namespace Kiosk.Companion.Web.Fleet;

/// <summary>
/// Reads the per-kiosk rollout state the rollout tracker keeps (rollout_kiosks) for the fleet
/// table and the kiosk page, so both say the same thing.
/// </summary>
public sealed class KioskEnrolments(RolloutStore rollouts)
{
    /// <summary>The kiosk's most recently updated enrolment in a rollout that is not completed, or null.</summary>
    public async Task<KioskEnrolment?> FindAsync(string kioskId, CancellationToken cancellationToken)
    {
        var enrolment = (await rollouts.OpenEnrolmentsAsync(kioskId, cancellationToken)).MaxBy(e => e.UpdatedAt);
        if (enrolment is null || await rollouts.FindAsync(enrolment.RolloutId, cancellationToken) is not { } rollout)
        {
            return null;
        }
        return new KioskEnrolment(rollout.Id, rollout.Version, enrolment.Stage, enrolment.State, enrolment.Reason);
    }
}
