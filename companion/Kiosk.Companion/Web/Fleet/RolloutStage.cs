using Kiosk.Companion.Rollout;

namespace Kiosk.Companion.Web.Fleet;

/// <summary>One stage (wave) of a rollout as the content page draws it: its groups and kiosk counts per state.</summary>
public sealed record RolloutStage(int Number, IReadOnlyList<string> Groups, IReadOnlyDictionary<KioskRolloutState, int> Kiosks, bool Released)
{
    public int Total => Kiosks.Values.Sum();

    public double Share(KioskRolloutState state) => Total == 0 ? 0 : 100.0 * Kiosks.GetValueOrDefault(state) / Total;
}
