using Dapper;

namespace Kiosk.Companion.Storage;

public static class StorageServiceExtensions
{
    public static IHostApplicationBuilder AddCompanionStorage(this IHostApplicationBuilder builder)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .Validate(o => o.Provider != StorageProvider.PostgreSql || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString is required when Storage:Provider is PostgreSql.")
            .ValidateOnStart();
        builder.Services.AddSingleton<CompanionDatabase>();
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddHostedService<StorageMigrationService>();
        return builder;
    }
}
