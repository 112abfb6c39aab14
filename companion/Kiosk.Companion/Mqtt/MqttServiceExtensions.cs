using Kiosk.Companion.Ingest;

namespace Kiosk.Companion.Mqtt;

public static class MqttServiceExtensions
{
    /// <summary>
    /// The broker (embedded mode), the companion's connection and the ingest. Registered after
    /// storage, so hosted services start in this order: schema, broker, connection, workers.
    /// </summary>
    public static IHostApplicationBuilder AddCompanionMqtt(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MqttOptions>()
            .Bind(builder.Configuration.GetSection(MqttOptions.Section))
            .Validate(o => o.Port is > 0 and < 65536, "Mqtt:Port must be a TCP port.")
            .Validate(o => o.Mode == MqttMode.Embedded || !string.IsNullOrWhiteSpace(o.ServicePassword),
                "Mqtt:ServicePassword is required for an external broker.")
            .Validate(o => o.Mode == MqttMode.Embedded || !string.IsNullOrWhiteSpace(o.Host), "Mqtt:Host is required for an external broker.")
            .Validate(o => string.IsNullOrEmpty(o.CaFile) || File.Exists(o.CaFile), "Mqtt:CaFile does not exist.")
            .Validate(o => o.KioskAccounts == KioskAccounts.Manual || o.Mode == MqttMode.External,
                "Mqtt:KioskAccounts=MosquittoDynamicSecurity needs Mqtt:Mode=External.")
            .ValidateOnStart();
        builder.Services.AddOptions<IngestOptions>().Bind(builder.Configuration.GetSection(IngestOptions.Section));
        builder.Services.AddSingleton<ServiceCredential>();
        builder.Services.AddSingleton<IngestQueue>();
        builder.Services.AddSingleton<MessageRouter>();
        builder.Services.AddSingleton<RejectLedger>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RejectLedger>());

        builder.Services.AddSingleton<IKioskAccountStore>(sp =>
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<MqttOptions>>().Value.KioskAccounts == KioskAccounts.MosquittoDynamicSecurity
                ? ActivatorUtilities.CreateInstance<MosquittoDynamicSecurity>(sp)
                : ActivatorUtilities.CreateInstance<UnmanagedKioskAccounts>(sp));
        builder.Services.AddSingleton<EmbeddedBroker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedBroker>());
        builder.Services.AddSingleton<CompanionConnection>();
        builder.Services.AddSingleton<IKioskPublisher>(sp => sp.GetRequiredService<CompanionConnection>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CompanionConnection>());
        builder.Services.AddHostedService<IngestWorkers>();
        return builder;
    }
}
