using System.Security.Cryptography;
using Kiosk.Signing;

namespace Kiosk.Companion.Demo;

public static class DemoServiceExtensions
{
    public const string Flag = "--demo";

    /// <summary>
    /// With --demo: defaults for a newcomer's first run (data in ./demo-data, a development program
    /// key and an admin token kept there, web on http://127.0.0.1:5080, broker on 1884), and the
    /// <see cref="DemoFleet"/> that builds content, rolls it out and runs simulated kiosks. Settings
    /// given on the command line or in appsettings still win.
    /// </summary>
    public static IHostApplicationBuilder AddDemo(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var folder = Path.GetFullPath(configuration["Storage:DataFolder"] is { } given && given != "data" ? given : "demo-data");
        Directory.CreateDirectory(folder);
        var keyPath = configuration["Signing:KeyPath"] ?? Path.Combine(folder, "program-key.pem");
        if (!File.Exists(keyPath))
        {
            using var key = ProgramKey.Generate();
            key.Save(keyPath);
        }
        var tokenPath = Path.Combine(folder, "admin-token.txt");
        if (!File.Exists(tokenPath))
        {
            File.WriteAllText(tokenPath, "kc_demo_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant());
        }
        var defaults = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Storage:DataFolder"] = folder,
            ["Signing:KeyPath"] = keyPath,
            ["Api:AdminToken"] = configuration["Api:AdminToken"] ?? File.ReadAllText(tokenPath).Trim(),
            ["Mqtt:Port"] = configuration["Mqtt:Port"] is { } port && port != "1883" ? port : "1884",
            ["urls"] = configuration["urls"] ?? "http://127.0.0.1:5080",
            ["Provisioning:MqttHost"] = configuration["Provisioning:MqttHost"] ?? "127.0.0.1",
            ["Logging:LogLevel:Kiosk.Companion.Rollout"] = "Warning",
        };
        configuration.AddInMemoryCollection(defaults);
        builder.Services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section));
        builder.Services.AddHostedService<DemoFleet>();
        return builder;
    }
}
