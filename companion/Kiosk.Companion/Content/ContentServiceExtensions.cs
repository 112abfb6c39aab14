using Kiosk.Companion.Rollout;

namespace Kiosk.Companion.Content;

public static class ContentServiceExtensions
{
    /// <summary>Bundles, catalogs, chunk serving and rollouts. Registered after the MQTT connection, so it starts after it.</summary>
    public static IHostApplicationBuilder AddContentAndRollout(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>()
            .Bind(builder.Configuration.GetSection(ContentOptions.Section))
            .Validate(o => o.ManifestChunkSize is >= 256 and <= Kiosk.Protocol.Messages.ChunkResponseCodec.MaxChunkSize, "Content:ManifestChunkSize must be 256 to 16384.")
            .Validate(o => o.ChunksPerSecondPerKiosk > 0 && o.ChunkBurstPerKiosk >= 1 && o.MaxConcurrentChunks >= 1 && o.CachedBundles >= 1,
                "Content: chunk rate, burst, concurrency and cache size must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<BundleStore>();
        builder.Services.AddSingleton<GroupCatalogStore>();
        builder.Services.AddSingleton<CatalogPublisher>();
        builder.Services.AddSingleton<BundleCache>();
        builder.Services.AddSingleton<ChunkRateLimiter>();
        builder.Services.AddSingleton<ChunkService>();
        builder.Services.AddSingleton<CurriculumLocator>();
        builder.Services.AddSingleton<ContentBuilds>();
        builder.Services.AddSingleton<RolloutStore>();
        builder.Services.AddSingleton<RolloutLock>();
        builder.Services.AddSingleton<RolloutTracker>();
        builder.Services.AddSingleton<ContentConnection>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ContentConnection>());
        builder.Services.AddHostedService<CatalogRepublisher>();
        return builder;
    }
}
