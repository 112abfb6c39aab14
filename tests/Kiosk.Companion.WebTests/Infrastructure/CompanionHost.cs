using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Kiosk.Companion.WebTests.Infrastructure;

/// <summary>
/// The real companion app on Kestrel (a loopback port the browser can reach) with test settings.
/// Named by a companion type rather than Program: the simulator the companion references has a
/// Program of its own.
/// </summary>
public sealed class CompanionHost(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Kiosk.Companion.Web.WebOptions>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
