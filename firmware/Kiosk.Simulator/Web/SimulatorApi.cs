using System.Reflection;
using Kiosk.Simulator.Hosting;

namespace Kiosk.Simulator.Web;

/// <summary>
/// The simulator's web page and its HTTP API: the kiosk list, raw BGR565 frames (polled, with a
/// version so an unchanged screen costs a 204), PNG screenshots, and touches from mouse clicks.
/// </summary>
public static class SimulatorApi
{
    public static WebApplication Create(KioskFleet fleet, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapSimulatorApi(fleet);
        return app;
    }

    public static void MapSimulatorApi(this IEndpointRouteBuilder app, KioskFleet fleet)
    {
        string page = ReadPage();
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.MapGet("/api/kiosks", () => fleet.Kiosks.Select(Summary).ToArray());
        app.MapGet("/api/kiosks/{id}", (string id) => fleet.Find(id) is { } kiosk ? Results.Ok(Summary(kiosk)) : Results.NotFound());
        app.MapGet("/api/kiosks/{id}/frame", (string id, long? since, HttpResponse response) =>
        {
            if (fleet.Find(id) is not { } kiosk)
            {
                return Results.NotFound();
            }
            if (since == kiosk.Display.Version)
            {
                return Results.NoContent();
            }
            var bytes = kiosk.Display.SnapshotBytes(out long version);
            response.Headers["X-Frame-Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            response.Headers.CacheControl = "no-store";
            return Results.Bytes(bytes, "application/octet-stream");
        });
        app.MapGet("/api/kiosks/{id}/screenshot.png", (string id) =>
            fleet.Find(id) is { } kiosk ? Results.Bytes(kiosk.Screenshot(), "image/png") : Results.NotFound());
        app.MapPost("/api/kiosks/{id}/touch", (string id, int x, int y, bool pressed) =>
        {
            if (fleet.Find(id) is not { } kiosk)
            {
                return Results.NotFound();
            }
            if (x < 0 || y < 0 || x >= kiosk.Display.Width || y >= kiosk.Display.Height)
            {
                return Results.BadRequest("The touch is off the screen.");
            }
            if (pressed)
            {
                kiosk.Touch.Press(x, y);
            }
            else
            {
                kiosk.Touch.Release();
            }
            return Results.NoContent();
        });
    }

    private static KioskSummary Summary(VirtualKiosk kiosk)
    {
        lock (kiosk.Sync)
        {
            return new KioskSummary(kiosk.Id, kiosk.Display.Width, kiosk.Display.Height, kiosk.Provisioning.ProfileId,
                kiosk.Ui.Screen.ToString(), kiosk.Ui.View?.Language, kiosk.Display.Version);
        }
    }

    private static string ReadPage()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Kiosk.Simulator.index.html")
            ?? throw new InvalidOperationException("The simulator page is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
