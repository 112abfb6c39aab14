using System.Collections.Concurrent;
using Kiosk.Companion.Provisioning;
using Kiosk.Firmware.Node;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Kiosk.Simulator.Mqtt;
using Kiosk.Simulator.Storage;

namespace Kiosk.Companion.Demo;

/// <summary>
/// A simulated kiosk: the real firmware core (<see cref="KioskNode"/>) on a folder as its flash
/// and an MQTTnet link (the simulator's adapters), ticking on its own thread like the device's
/// main loop. Work for the core (a visitor's taps, a look at its state) is queued onto that
/// thread, because the core is single-threaded like the device.
/// </summary>
public sealed class VirtualKiosk : IAsyncDisposable
{
    private readonly KioskNode _node;
    private readonly MqttNetLink _link;
    private readonly ConcurrentQueue<Action<KioskNode>> _work = new();
    private readonly CancellationTokenSource _stop = new();
    private Thread? _loop;

    public VirtualKiosk(ProvisioningFile file, string flashFolder, string profileId, KioskTuning tuning, byte[]? programKeyOverride = null)
    {
        KioskId = file.KioskId;
        Directory.CreateDirectory(flashFolder);
        var flash = new FolderFileSystem(flashFolder);
        var presence = new KioskPresence(flash);
        _link = new MqttNetLink(new MqttNetLinkOptions
        {
            Host = file.CompanionHost,
            Port = file.CompanionPort,
            ClientId = file.KioskId,
            UserName = file.MqttUsername,
            Password = file.MqttPassword,
            WillTopic = TopicName.Status(file.KioskId),
            LastWill = presence.BeginConnection,
            ReconnectDelay = TimeSpan.FromMilliseconds(500),
        });
        var provisioning = new KioskProvisioning
        {
            KioskId = file.KioskId,
            GroupId = file.GroupId,
            ProgramKey = programKeyOverride ?? Convert.FromBase64String(file.ProgramPublicKey),
            ProfileId = profileId,
            BoardProfileId = "simulator",
            FirmwareVersion = "sim-0.1",
        };
        _node = new KioskNode(provisioning, flash, new SystemKioskClock(), _link, presence, new Random(), tuning);
    }

    public string KioskId { get; }

    public bool IsConnected => _link.IsConnected;

    /// <summary>The last exception the core threw on its loop; a device would reboot, the simulation carries on.</summary>
    public Exception? LastError { get; private set; }

    public void Start()
    {
        _node.Start();
        _link.Start();
        _loop = new Thread(Run) { IsBackground = true, Name = "kiosk " + KioskId };
        _loop.Start();
    }

    /// <summary>Runs <paramref name="work"/> on the kiosk's loop and returns its result.</summary>
    public Task<T> InvokeAsync<T>(Func<KioskNode, T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Enqueue(node =>
        {
            try
            {
                done.SetResult(work(node));
            }
            catch (Exception error)
            {
                done.SetException(error);
            }
        });
        return done.Task;
    }

    public Task<InstalledBundle[]> InstalledAsync() => InvokeAsync(node => node.Content.Installed());

    /// <summary>Cuts the network as a pulled cable would; the link reconnects by itself.</summary>
    public Task CutConnectionAsync() => _link.DropConnectionAsync();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _loop?.Join();
        await _link.DisposeAsync();
        _stop.Dispose();
    }

    private void Run()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                while (_work.TryDequeue(out var work))
                {
                    work(_node);
                }
                _node.Tick();
            }
            catch (Exception error)
            {
                LastError = error;
            }
            Thread.Sleep(10);
        }
    }
}
