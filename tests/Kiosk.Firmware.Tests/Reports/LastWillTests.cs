using System.Buffers;
using System.Collections.Concurrent;
using Kiosk.Firmware.Node;
using Kiosk.Firmware.Tests.Devices;
using Kiosk.Firmware.Tests.Fixtures;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Kiosk.Simulator.Mqtt;

namespace Kiosk.Firmware.Tests.Reports;

public sealed class LastWillTests
{
    [Fact]
    public async Task A_lost_connection_leaves_a_retained_offline_status_with_that_connections_epoch()
    {
        using var program = new TestProgram();
        await using var broker = new RestartableBroker();
        await broker.StartAsync();
        var flash = new MemoryFileSystem();
        var presence = new KioskPresence(flash);
        var topic = TopicName.Status(TestProgram.KioskId);
        await using var link = new MqttNetLink(new MqttNetLinkOptions
        {
            Host = "127.0.0.1",
            Port = broker.Port,
            ClientId = TestProgram.KioskId,
            WillTopic = topic,
            LastWill = presence.BeginConnection,
            ReconnectDelay = TimeSpan.FromSeconds(2),
        });
        var node = new KioskNode(KioskRig.Provisioning(program), flash, new RealtimeClock(DateTime.UnixEpoch.AddYears(56)), link, presence, new Random(1), new KioskTuning());
        using var stop = new CancellationTokenSource();
        var observed = new ConcurrentQueue<KioskStatus>();
        await using var observer = new MqttNetLink(new MqttNetLinkOptions
        {
            Host = "127.0.0.1",
            Port = broker.Port,
            ClientId = "status-observer",
            WillTopic = "observer/status",
            LastWill = () => [0],
            ReconnectDelay = TimeSpan.FromMilliseconds(20),
        });
        observer.ConnectionChanged += connected =>
        {
            if (connected)
            {
                observer.Subscribe(topic);
            }
        };
        observer.MessageReceived += (_, payload) => observed.Enqueue(KioskStatusCodec.Decode(payload, 0, payload.Length));
        observer.Start();
        while (!observer.IsConnected)
        {
            await Task.Delay(5);
        }
        node.Start();
        link.Start();
        var mainLoop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                node.Tick();
                await Task.Delay(2);
            }
        });

        var online = await StatusAsync(observed, status => status.State == KioskState.Online);
        await broker.DisconnectAsync(TestProgram.KioskId);
        var offline = await StatusAsync(observed, status => status.State == KioskState.Offline);
        var back = await StatusAsync(observed, status => status.State == KioskState.Online && status.ConnectionEpoch > online.ConnectionEpoch);
        await stop.CancelAsync();
        await mainLoop;

        Assert.Equal(online.ConnectionEpoch, offline.ConnectionEpoch);
        Assert.Equal(online.BootCount, offline.BootCount);
        Assert.True(back.ConnectionEpoch > offline.ConnectionEpoch);
        var retained = (await broker.Server!.GetRetainedMessageAsync(topic))!.Payload.ToArray();
        Assert.Equal(back.ConnectionEpoch, KioskStatusCodec.Decode(retained, 0, retained.Length).ConnectionEpoch);
    }

    /// <summary>Waits for a status the observer saw, in the order the broker delivered them.</summary>
    private static async Task<KioskStatus> StatusAsync(ConcurrentQueue<KioskStatus> observed, Func<KioskStatus, bool> wanted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            while (observed.TryDequeue(out var status))
            {
                if (wanted(status))
                {
                    return status;
                }
            }
            await Task.Delay(5);
        }
        throw new TimeoutException("The wanted status never arrived.");
    }
}
