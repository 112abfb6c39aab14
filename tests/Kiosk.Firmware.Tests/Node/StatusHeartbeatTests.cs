using Kiosk.Firmware.Node;
using Kiosk.Firmware.Tests.Devices;
using Kiosk.Firmware.Tests.Fixtures;
using Kiosk.Protocol.Topics;

namespace Kiosk.Firmware.Tests.Node;

/// <summary>The status heartbeat the companion's stale-status sweep relies on.</summary>
public sealed class StatusHeartbeatTests
{
    [Fact]
    public void A_connected_kiosk_republishes_its_status_every_interval_and_not_in_between()
    {
        using var program = new TestProgram();
        var tuning = new KioskTuning { StatusIntervalMilliseconds = 60_000 };
        var rig = new KioskRig(program, new MemoryFileSystem(), tuning);
        rig.Node.Start();
        rig.Link.Connect();
        rig.Node.Tick();
        int StatusCount() => rig.Link.Published.Count(p => p.Topic == TopicName.Status(TestProgram.KioskId));
        int afterConnect = StatusCount();

        TurnFor(rig, 59_000);
        int beforeInterval = StatusCount();
        TurnFor(rig, 2_000);
        int afterInterval = StatusCount();
        TurnFor(rig, 60_000);

        Assert.Equal(1, afterConnect);
        Assert.Equal(afterConnect, beforeInterval);
        Assert.Equal(afterConnect + 1, afterInterval);
        Assert.Equal(afterConnect + 2, StatusCount());
        Assert.All(rig.Link.Published.Where(p => p.Topic == TopicName.Status(TestProgram.KioskId)), p => Assert.True(p.Retain));
    }

    [Fact]
    public void Without_a_connection_nothing_is_published_and_an_interval_of_zero_means_only_on_change()
    {
        using var program = new TestProgram();
        var quiet = new KioskRig(program, new MemoryFileSystem(), new KioskTuning { StatusIntervalMilliseconds = 0 });
        quiet.Node.Start();
        quiet.Link.Connect();
        quiet.Node.Tick();
        var offline = new KioskRig(program, new MemoryFileSystem(), new KioskTuning { StatusIntervalMilliseconds = 1_000 });
        offline.Node.Start();

        TurnFor(quiet, 10_000);
        TurnFor(offline, 10_000);

        Assert.Single(quiet.Link.Published, p => p.Topic == TopicName.Status(TestProgram.KioskId));
        Assert.Empty(offline.Link.Published);
    }

    private static void TurnFor(KioskRig rig, int milliseconds)
    {
        for (int elapsed = 0; elapsed < milliseconds; elapsed += 500)
        {
            rig.Clock.Advance(500);
            rig.Node.Tick();
        }
    }
}
