using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Web.Auth;

/// <summary>
/// Makes sure someone can sign in: creates the admin from Web:AdminPassword, or on the very first
/// start (no users) with a random password that is logged once and cannot be shown again.
/// </summary>
public sealed class AdminUserBootstrap(StaffUserStore users, IOptions<WebOptions> options, ILogger<AdminUserBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!string.IsNullOrEmpty(settings.AdminPassword))
        {
            if (await users.FindByNameAsync(settings.AdminUserName, cancellationToken) is null)
            {
                await users.CreateAsync(settings.AdminUserName, settings.AdminPassword, StaffRole.Admin, null, cancellationToken);
            }
            return;
        }
        if (await users.CountAsync(cancellationToken) > 0)
        {
            return;
        }
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');
        await users.CreateAsync(settings.AdminUserName, password, StaffRole.Admin, null, cancellationToken);
        logger.LogWarning("First start: created web user {UserName} with password {Password}. Store it now; it is not shown again.", settings.AdminUserName, password);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
