using Kiosk.Companion.Storage;
using Kiosk.Protocol.Messages;
using Kiosk.Signing;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Provisioning;

public static class ProvisioningServiceExtensions
{
    public static IHostApplicationBuilder AddProvisioning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SigningOptions>().Bind(builder.Configuration.GetSection(SigningOptions.Section));
        builder.Services.AddOptions<ProvisioningOptions>()
            .Bind(builder.Configuration.GetSection(ProvisioningOptions.Section))
            .Validate(EncodesAsConfig, "Provisioning settings do not make a valid kiosk config (language, idle timeout 10-3600 s, modules, helplines, PIN iterations 1-100000).")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => ProgramKeySource.Load(
            sp.GetRequiredService<IOptions<SigningOptions>>(),
            sp.GetRequiredService<IOptions<StorageOptions>>(),
            sp.GetRequiredService<IHostEnvironment>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProgramKeySource))));
        builder.Services.AddSingleton<ConfigIssuer>();
        builder.Services.AddSingleton<KioskProvisioner>();
        return builder;
    }

    /// <summary>Registered after the MQTT connection, so configs go out once it is up.</summary>
    public static IHostApplicationBuilder AddConfigRepublishing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ConfigRepublisher>();
        return builder;
    }

    private static bool EncodesAsConfig(ProvisioningOptions options)
    {
        var sample = new Fleet.KioskRecord
        {
            Id = "sample",
            GroupId = "sample",
            ConfigSerial = 1,
            PinSalt = Convert.ToBase64String(new byte[TeacherPin.SaltLength]),
            PinHash = Convert.ToBase64String(new byte[KioskConfigCodec.PinHashLength]),
            PinIterations = options.PinIterations,
        };
        try
        {
            KioskConfigCodec.Encode(ConfigIssuer.Build(sample, options));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
