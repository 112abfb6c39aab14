using Kiosk.Companion.Metrics;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Fleet;

/// <summary>
/// Marks kiosks offline that have been quiet (no status, no report) for longer than
/// Fleet:MissedHeartbeats x Fleet:HeartbeatSeconds. A Last Will is not enough on its own: a broker
/// restart or a broker without persistence loses wills. The sweep keeps the
/// connection epoch, so the kiosk's next status of the same connection marks it online again.
/// </summary>
public sealed class StaleKioskSweep(
    KioskRegistry registry,
    IOptions<FleetOptions> options,
    CompanionMetrics metrics,
    TimeProvider clock,
    ILogger<StaleKioskSweep> logger) : BackgroundService
{
    /// <summary>One sweep at the clock's current time; returns the kiosks it marked offline.</summary>
    public async Task<IReadOnlyList<string>> SweepAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = clock.GetUtcNow().AddSeconds(-(double)settings.HeartbeatSeconds * settings.MissedHeartbeats);
        var swept = await registry.MarkQuietOfflineAsync(cutoff, cancellationToken);
        foreach (var kioskId in swept)
        {
            logger.LogInformation("Kiosk {KioskId} is offline: nothing heard since before {Cutoff:u}", kioskId, cutoff);
        }
        if (swept.Count > 0)
        {
            metrics.SetKiosksOnline(await registry.CountOnlineAsync(cancellationToken));
        }
        return swept;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.HeartbeatSeconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SweepSeconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogError(error, "The stale-status sweep failed; trying again with the next tick");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
