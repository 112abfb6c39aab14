namespace Kiosk.Companion.Content;

/// <summary>Publishes every group's current catalog once the companion is connected (an embedded broker starts without retained messages).</summary>
public sealed class CatalogRepublisher(CatalogPublisher publisher, Mqtt.CompanionConnection connection, ILogger<CatalogRepublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!connection.IsConnected)
        {
            await Task.Delay(200, stoppingToken);
        }
        try
        {
            await publisher.RepublishAllAsync(stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "Could not republish group catalogs at start-up");
        }
    }
}
