using Kiosk.Companion.Ingest;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kiosk.Companion.Fleet;

public static class FleetApi
{
    public static RouteGroupBuilder MapFleetApi(this RouteGroupBuilder api)
    {
        api.MapGet("/fleet/health", GetHealthAsync).WithTags("Fleet");
        return api;
    }

    private static async Task<Ok<FleetHealth>> GetHealthAsync(KioskRegistry registry, RejectLedger rejects, TimeProvider clock, CancellationToken cancellationToken)
    {
        var kiosks = await registry.ListAsync(null, null, cancellationToken);
        var dayAgo = clock.GetUtcNow().AddDays(-1).ToUnixTimeSeconds();
        return TypedResults.Ok(new FleetHealth(
            kiosks.Count,
            kiosks.Count(k => k.Online != 0),
            kiosks.Count(k => k.Online == 0),
            kiosks.Count(k => k.LastSeenAt is null),
            kiosks.Count(k => k.LastSeenAt is { } seen && seen < dayAgo),
            kiosks.GroupBy(k => k.Firmware ?? "unknown").ToDictionary(g => g.Key, g => g.Count()),
            await rejects.ReadAsync(cancellationToken)));
    }
}
