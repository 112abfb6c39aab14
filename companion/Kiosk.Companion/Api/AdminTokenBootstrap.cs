using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Api;

/// <summary>
/// Makes sure someone can call the API: accepts Api:AdminToken from configuration, or on the very
/// first start (no tokens stored) generates one and logs it once. It cannot be shown again.
/// </summary>
public sealed class AdminTokenBootstrap(ApiTokenStore tokens, IOptions<ApiOptions> options, ILogger<AdminTokenBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.Value.AdminToken))
        {
            await tokens.AddAsync("admin (configuration)", options.Value.AdminToken, cancellationToken);
            return;
        }
        if (await tokens.CountAsync(cancellationToken) > 0)
        {
            return;
        }
        var token = ApiTokenStore.NewToken();
        await tokens.AddAsync("admin (first start)", token, cancellationToken);
        logger.LogWarning("First start: created the admin API token {AdminToken}. Store it now; it is not shown again.", token);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
