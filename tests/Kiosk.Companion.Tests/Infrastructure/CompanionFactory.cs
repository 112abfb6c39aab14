using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kiosk.Companion.Tests.Infrastructure;

/// <summary>The real companion app with test settings (and, when given, a clock the test controls); its broker and MQTT client use real sockets.</summary>
public sealed class CompanionFactory(IReadOnlyDictionary<string, string> settings, TimeProvider? clock = null) : WebApplicationFactory<Kiosk.Companion.Web.WebOptions>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.ClearProviders());
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
