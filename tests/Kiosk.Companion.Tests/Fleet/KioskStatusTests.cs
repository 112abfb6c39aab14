using System.Net.Http.Json;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Tests.Infrastructure;

namespace Kiosk.Companion.Tests.Fleet;

/// <summary>Online/Offline from the retained status topic and the Last Will, with connection epochs.</summary>
public abstract class KioskStatusTests(StorageKind storage, BrokerKind broker) : IAsyncLifetime
{
    private CompanionEnvironment _companion = null!;

    public async Task InitializeAsync() => _companion = await CompanionEnvironment.StartAsync(storage, broker);

    public async Task DisposeAsync() => await _companion.DisposeAsync();

    [Fact]
    public async Task Online_status_fills_in_the_registry()
    {
        await using var kiosk = SimulatedKiosk.From(await _companion.ProvisionKioskAsync("kiosk-status", "school-a"));
        await kiosk.ConnectAsync(epoch: 3);

        await kiosk.PublishStatusAsync(SimulatedKiosk.Online(3, bootCount: 2));
        var view = await WaitForAsync("kiosk-status", k => k.Online);

        Assert.Equal(3, view.ConnectionEpoch);
        Assert.Equal(2, view.BootCount);
        Assert.Equal("0.1.0", view.Firmware);
        Assert.Equal("esp32-320x240", view.BoardProfile);
        Assert.Equal(new InstalledBundleView("core-en", 3, "en", "esp32-320x240"), Assert.Single(view.InstalledBundles));
        Assert.Equal(["privacy", "help"], view.EnabledModules);
        Assert.Equal(1, view.AppliedConfigSerial);
        Assert.NotNull(view.LastSeenAt);
    }

    [Fact]
    public async Task A_late_last_will_from_an_older_connection_does_not_mark_the_kiosk_offline()
    {
        var provisioned = await _companion.ProvisionKioskAsync("kiosk-will", "school-a");
        await using var kiosk = SimulatedKiosk.From(provisioned);
        await kiosk.ConnectAsync(epoch: 1);
        await kiosk.PublishStatusAsync(SimulatedKiosk.Online(1));
        await WaitForAsync("kiosk-will", k => k.Online && k.ConnectionEpoch == 1);

        // The kiosk reconnects (epoch 2) before the broker noticed the first connection died;
        // then the old connection's Will (epoch 1) arrives late.
        await kiosk.DisposeAsync();
        await using var reconnected = SimulatedKiosk.From(provisioned);
        await reconnected.ConnectAsync(epoch: 2);
        await reconnected.PublishStatusAsync(SimulatedKiosk.Online(2));
        await WaitForAsync("kiosk-will", k => k.Online && k.ConnectionEpoch == 2);
        await reconnected.PublishStatusAsync(SimulatedKiosk.Offline(1));
        // A marker after the late Will: once it is applied, the Will has been handled too.
        await reconnected.PublishStatusAsync(SimulatedKiosk.Online(2, bootCount: 7));
        var afterLateWill = await WaitForAsync("kiosk-will", k => k.BootCount == 7);

        Assert.True(afterLateWill.Online);
        Assert.Equal(2, afterLateWill.ConnectionEpoch);

        // The Will of the current connection does count.
        await reconnected.DropAsync();
        var dropped = await WaitForAsync("kiosk-will", k => !k.Online);
        Assert.Equal(2, dropped.ConnectionEpoch);
    }

    private async Task<KioskView> WaitForAsync(string kioskId, Func<KioskView, bool> condition)
    {
        KioskView? view = null;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            view = await _companion.Api.GetFromJsonAsync<KioskView>($"/api/kiosks/{kioskId}", Json.Options);
            if (view is not null && condition(view))
            {
                return view;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Kiosk {kioskId} never reached the expected state; last seen as {view}.");
    }
}

public sealed class KioskStatusSqliteEmbeddedTests() : KioskStatusTests(StorageKind.Sqlite, BrokerKind.Embedded);

public sealed class KioskStatusPostgresMosquittoTests() : KioskStatusTests(StorageKind.PostgreSql, BrokerKind.Mosquitto);
