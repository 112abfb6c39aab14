namespace Kiosk.Companion.Fleet;

public static class FleetServiceExtensions
{
    public static IHostApplicationBuilder AddFleet(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<KioskRegistry>();
        builder.Services.AddSingleton<GroupStore>();
        builder.Services.AddSingleton<StatusIngest>();
        builder.Services.AddOptions<FleetOptions>()
            .Bind(builder.Configuration.GetSection(FleetOptions.Section))
            .Validate(o => o.HeartbeatSeconds >= 0, "Fleet:HeartbeatSeconds must be 0 (off) or more.")
            .Validate(o => o.MissedHeartbeats >= 1, "Fleet:MissedHeartbeats must be at least 1.")
            .Validate(o => o.SweepSeconds >= 1, "Fleet:SweepSeconds must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton<StaleKioskSweep>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StaleKioskSweep>());
        return builder;
    }
}
