using Microsoft.AspNetCore.Http.HttpResults;

namespace Kiosk.Companion.Rollout;

/// <summary>Staged rollouts: start, watch, halt, resume.</summary>
public static class RolloutApi
{
    public static RouteGroupBuilder MapRolloutApi(this RouteGroupBuilder api)
    {
        var rollouts = api.MapGroup("/rollouts").WithTags("Rollouts");
        rollouts.MapGet("/", ListAsync).WithSummary("Every rollout, newest first, with kiosk counts per state.");
        rollouts.MapGet("/{id}", GetAsync).WithSummary("One rollout with every enrolled kiosk's state and failure reason.");
        rollouts.MapPost("/", StartAsync)
            .WithSummary("Release a bundle version stage by stage (first stage = canary); halts itself when more than failurePercent of a stage fails.");
        rollouts.MapPost("/{id}/halt", HaltAsync).WithSummary("Stop releasing further stages. Released groups keep the new catalog; pin to roll back.");
        rollouts.MapPost("/{id}/resume", ResumeAsync).WithSummary("Continue a halted rollout; the current stage's failed kiosks are judged afresh.");
        return api;
    }

    private static async Task<Ok<List<RolloutView>>> ListAsync(RolloutStore store, CancellationToken cancellationToken)
    {
        var views = new List<RolloutView>();
        foreach (var rollout in await store.ListAsync(cancellationToken))
        {
            views.Add(View(rollout, await store.KiosksAsync(rollout.Id, cancellationToken)));
        }
        return TypedResults.Ok(views);
    }

    private static async Task<Results<Ok<RolloutDetail>, NotFound>> GetAsync(string id, RolloutStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } rollout
            ? TypedResults.Ok(await DetailAsync(rollout, store, cancellationToken))
            : TypedResults.NotFound();

    private static async Task<Results<Created<RolloutDetail>, ValidationProblem>> StartAsync(
        StartRolloutRequest request, RolloutTracker tracker, RolloutStore store, CancellationToken cancellationToken)
    {
        try
        {
            var rollout = await tracker.StartAsync(request, cancellationToken);
            return TypedResults.Created($"/api/rollouts/{rollout.Id}", await DetailAsync(rollout, store, cancellationToken));
        }
        catch (RolloutException error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [error.Field] = [error.Message] });
        }
    }

    private static async Task<Results<Ok<RolloutDetail>, NotFound, ValidationProblem>> HaltAsync(
        string id, HaltRolloutRequest? request, RolloutTracker tracker, RolloutStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await tracker.HaltAsync(id, request?.Reason, cancellationToken) is { } rollout
                ? TypedResults.Ok(await DetailAsync(rollout, store, cancellationToken))
                : TypedResults.NotFound();
        }
        catch (RolloutException error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [error.Field] = [error.Message] });
        }
    }

    private static async Task<Results<Ok<RolloutDetail>, NotFound, ValidationProblem>> ResumeAsync(
        string id, RolloutTracker tracker, RolloutStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await tracker.ResumeAsync(id, cancellationToken) is { } rollout
                ? TypedResults.Ok(await DetailAsync(rollout, store, cancellationToken))
                : TypedResults.NotFound();
        }
        catch (RolloutException error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [error.Field] = [error.Message] });
        }
    }

    private static async Task<RolloutDetail> DetailAsync(RolloutRecord rollout, RolloutStore store, CancellationToken cancellationToken)
    {
        var kiosks = await store.KiosksAsync(rollout.Id, cancellationToken);
        return new RolloutDetail(
            View(rollout, kiosks),
            kiosks.Select(k => new RolloutKioskView(k.KioskId, k.GroupId, k.Stage, Enum.Parse<KioskRolloutState>(k.State), k.Reason,
                DateTimeOffset.FromUnixTimeSeconds(k.UpdatedAt))).ToList());
    }

    private static RolloutView View(RolloutRecord rollout, IReadOnlyList<RolloutKiosk> kiosks) => new(
        rollout.Id,
        rollout.Version,
        Enum.Parse<RolloutState>(rollout.State),
        RolloutTracker.StagesOf(rollout),
        rollout.CurrentStage,
        rollout.FailurePercent,
        rollout.Reason,
        DateTimeOffset.FromUnixTimeSeconds(rollout.CreatedAt),
        DateTimeOffset.FromUnixTimeSeconds(rollout.UpdatedAt),
        Enum.GetValues<KioskRolloutState>().ToDictionary(s => s, s => kiosks.Count(k => k.State == s.ToString())));
}
