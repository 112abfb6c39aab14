using Kiosk.Firmware.Node;
using Kiosk.Firmware.Tests.Devices;
using Kiosk.Firmware.Tests.Fixtures;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;

namespace Kiosk.Firmware.Tests.Node;

public sealed class KioskPresenceTests
{
    [Fact]
    public void Each_connection_announces_online_with_the_epoch_of_its_own_last_will()
    {
        using var program = new TestProgram();
        var flash = new MemoryFileSystem();
        var rig = new KioskRig(program, flash);
        rig.Node.Start();
        var epochs = new List<ulong>();
        for (var connection = 0; connection < 3; connection++)
        {
            // What the MQTT adapter does before it connects.
            var willBytes = rig.Presence.BeginConnection();
            var will = KioskStatusCodec.Decode(willBytes, 0, willBytes.Length);
            rig.Link.Connect();
            rig.Node.Tick();
            var online = LastStatus(rig);
            Assert.Equal(KioskState.Offline, will.State);
            Assert.Equal(KioskState.Online, online.State);
            Assert.Equal(will.ConnectionEpoch, online.ConnectionEpoch);
            epochs.Add(online.ConnectionEpoch);
            rig.Link.Disconnect();
            rig.Node.Tick();
        }

        Assert.Equal(epochs.Order(), epochs);
        Assert.Equal(epochs.Count, epochs.Distinct().Count());
        var rebooted = new KioskPresence(flash.Reboot());
        rebooted.Boot();
        Assert.Equal(2U, rebooted.BootCount);
        Assert.Equal(epochs[^1], rebooted.ConnectionEpoch);
    }

    private static KioskStatus LastStatus(KioskRig rig)
    {
        var published = rig.Link.Published.Last(message => message.Topic == TopicName.Status(TestProgram.KioskId));
        Assert.True(published.Retain);
        return KioskStatusCodec.Decode(published.Payload, 0, published.Payload.Length);
    }
}
