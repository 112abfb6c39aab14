namespace Kiosk.Companion.Fleet;

public static class FleetServiceExtensions
{
    public static IHostApplicationBuilder AddFleet(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<KioskRegistry>();
        builder.Services.AddSingleton<GroupStore>();
        builder.Services.AddSingleton<StatusIngest>();
        return builder;
    }
}
