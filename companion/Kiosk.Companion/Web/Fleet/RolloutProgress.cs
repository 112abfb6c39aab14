using Kiosk.Companion.Rollout;

namespace Kiosk.Companion.Web.Fleet;

/// <summary>A rollout with its stages' progress, read from the rollout colleague's store.</summary>
public sealed record RolloutProgress(RolloutRecord Rollout, RolloutState State, IReadOnlyList<RolloutStage> Stages)
{
    public static RolloutProgress Of(RolloutRecord rollout, IReadOnlyList<RolloutKiosk> kiosks)
    {
        var stages = RolloutTracker.StagesOf(rollout)
            .Select((groups, index) => new RolloutStage(
                index + 1,
                groups,
                Enum.GetValues<KioskRolloutState>().ToDictionary(s => s, s => kiosks.Count(k => k.Stage == index && k.State == s.ToString())),
                index <= rollout.CurrentStage))
            .ToList();
        return new RolloutProgress(rollout, Enum.Parse<RolloutState>(rollout.State), stages);
    }
}
