using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Ingest;

/// <summary>
/// Drains the statuses (and stray messages) of the <see cref="IngestQueue"/> with a few parallel
/// workers. Reports have their own single writer, <see cref="Reports.ReportWriter"/>.
/// </summary>
public sealed class IngestWorkers(IngestQueue queue, MessageRouter router, IOptions<IngestOptions> options, ILogger<IngestWorkers> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(_ => RunAsync(stoppingToken)));

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in queue.Others.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await router.RouteAsync(message, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception error)
                {
                    // A status is retained and sent again with the kiosk's next heartbeat.
                    logger.LogError(error, "Could not handle a message on {Topic}", message.Topic);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
