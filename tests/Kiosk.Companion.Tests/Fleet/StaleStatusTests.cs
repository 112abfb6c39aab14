using System.Net.Http.Json;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Companion.Tests.Fleet;

/// <summary>
/// A kiosk whose status has gone quiet for longer than the configured number of heartbeats is
/// shown offline without any Last Will, and its next heartbeat brings it back. The companion's
/// clock is moved by hand; the sweep is run directly at each moment.
/// </summary>
public sealed class StaleStatusTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private CompanionEnvironment _companion = null!;

    public async Task InitializeAsync() => _companion = await CompanionEnvironment.StartAsync(
        StorageKind.Sqlite,
        BrokerKind.Embedded,
        new Dictionary<string, string> { ["Fleet:HeartbeatSeconds"] = "60", ["Fleet:MissedHeartbeats"] = "3" },
        _clock);

    public async Task DisposeAsync() => await _companion.DisposeAsync();

    [Fact]
    public async Task A_kiosk_quiet_for_more_than_three_heartbeats_is_offline_until_its_next_status()
    {
        await using var quiet = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-quiet", "school-a"));
        await using var chatty = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-chatty", "school-a"));
        await quiet.ConnectAsync(epoch: 1);
        await chatty.ConnectAsync(epoch: 1);
        await quiet.PublishStatusAsync(SimulatedKiosk.Online(1));
        await chatty.PublishStatusAsync(SimulatedKiosk.Online(1, bootCount: 1));
        await WaitForAsync("kiosk-quiet", k => k.Online);
        await WaitForAsync("kiosk-chatty", k => k.Online);
        var sweep = _companion.Services.GetRequiredService<StaleKioskSweep>();

        // Exactly three heartbeats: not yet stale.
        _clock.Advance(TimeSpan.FromSeconds(180));
        Assert.Empty(await sweep.SweepAsync(CancellationToken.None));
        await chatty.PublishStatusAsync(SimulatedKiosk.Online(1, bootCount: 2));
        await WaitForAsync("kiosk-chatty", k => k.BootCount == 2);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(["kiosk-quiet"], await sweep.SweepAsync(CancellationToken.None));

        Assert.False((await ViewAsync("kiosk-quiet")).Online);
        Assert.True((await ViewAsync("kiosk-chatty")).Online);
        var health = await _companion.Api.GetFromJsonAsync<FleetHealth>("/api/fleet/health", Json.Options);
        Assert.Equal((1, 1), (health!.Online, health.Offline));

        // The same connection speaks again: online, with no new epoch needed.
        await quiet.PublishStatusAsync(SimulatedKiosk.Online(1, bootCount: 3));
        var back = await WaitForAsync("kiosk-quiet", k => k.Online);
        Assert.Equal(3, back.BootCount);
        Assert.Empty(await sweep.SweepAsync(CancellationToken.None));
    }

    private async Task<KioskView> ViewAsync(string kioskId) =>
        (await _companion.Api.GetFromJsonAsync<KioskView>($"/api/kiosks/{kioskId}", Json.Options))!;

    private async Task<KioskView> WaitForAsync(string kioskId, Func<KioskView, bool> condition)
    {
        KioskView? view = null;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            view = await ViewAsync(kioskId);
            if (condition(view))
            {
                return view;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Kiosk {kioskId} never reached the expected state; last seen as {view}.");
    }
}
