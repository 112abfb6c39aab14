using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Ingest;

/// <summary>
/// Drains the <see cref="IngestQueue"/> with a few parallel workers. A message is acknowledged to
/// the broker only after its handler returned; a handler that throws (database down) leaves it
/// unacknowledged, and the kiosk resends the batch later.
/// </summary>
public sealed class IngestWorkers(IngestQueue queue, MessageRouter router, IOptions<IngestOptions> options, ILogger<IngestWorkers> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(_ => RunAsync(stoppingToken)));

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await router.RouteAsync(message, stoppingToken);
                    await message.AcknowledgeAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception error)
                {
                    logger.LogError(error, "Could not handle a message on {Topic}; it stays unacknowledged", message.Topic);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
