namespace Kiosk.Companion.Web.Modules;

/// <summary>
/// Runs after the provisioning code republished every config with the deployment's default
/// modules, and puts the schools' own choices back (the embedded broker forgets retained
/// messages on restart).
/// </summary>
public sealed class SchoolConfigRestorer(SchoolModuleStore schools, SchoolConfigPublisher publisher, ILogger<SchoolConfigRestorer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var choices = await schools.ListAsync(cancellationToken);
        foreach (var choice in choices)
        {
            await publisher.PublishAsync(choice.GroupId, cancellationToken);
        }
        logger.LogInformation("Republished the module choices of {Count} schools", choices.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
