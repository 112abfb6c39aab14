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
        Assert.True(Epoch(rebooted.BeginConnection()) > epochs[^1]);
    }

    [Fact]
    public void Failed_attempts_seldom_write_the_flash_and_epochs_grow_across_reboots_and_power_cuts()
    {
        const int Attempts = 1000;
        var flash = new MemoryFileSystem();
        var presence = new KioskPresence(flash);
        presence.Boot();
        var issued = new List<ulong>();
        int before = flash.Operations;
        for (int i = 0; i < Attempts; i++)
        {
            // A kiosk out of Wi-Fi range: the adapter asks for a will, the connect fails.
            issued.Add(Epoch(presence.BeginConnection()));
        }
        int operations = flash.Operations - before;

        Assert.Equal(issued.Order(), issued);
        Assert.Equal(Attempts, issued.Distinct().Count());
        Assert.True(operations <= Attempts / 16, $"{operations} flash operations for {Attempts} attempts");

        // Whatever reached the medium, the next boot's epochs are above every will handed out,
        // even one whose connect the kiosk took for failed but the broker accepted.
        var random = new Random(11);
        for (int cut = 0; cut < 40; cut++)
        {
            var rebooted = new KioskPresence(flash = flash.Reboot());
            flash.CutPowerAfter(random.Next(0, 4), random);
            int attempts = random.Next(1, 200);
            try
            {
                rebooted.Boot();
                for (int i = 0; i < attempts; i++)
                {
                    ulong epoch = Epoch(rebooted.BeginConnection());
                    Assert.True(epoch > issued[^1], $"epoch {epoch} after {issued[^1]}");
                    issued.Add(epoch);
                }
            }
            catch (PowerCutException)
            {
            }
        }
        Assert.True(issued.Count > Attempts + 40, "some reboots ran long enough to connect");
    }

    private static ulong Epoch(byte[] will) => KioskStatusCodec.Decode(will, 0, will.Length).ConnectionEpoch;

    private static KioskStatus LastStatus(KioskRig rig)
    {
        var published = rig.Link.Published.Last(message => message.Topic == TopicName.Status(TestProgram.KioskId));
        Assert.True(published.Retain);
        return KioskStatusCodec.Decode(published.Payload, 0, published.Payload.Length);
    }
}
