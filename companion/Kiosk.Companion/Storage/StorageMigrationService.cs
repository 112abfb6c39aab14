namespace Kiosk.Companion.Storage;

/// <summary>Brings the schema up to date before anything else starts; a failure stops the host.</summary>
public sealed class StorageMigrationService(SchemaMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
