using Kiosk.Firmware.Content;
using Kiosk.Firmware.Node;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Screens;
using Kiosk.Simulator.Content;
using Kiosk.Simulator.Devices;
using Kiosk.Simulator.Imaging;
using Kiosk.Simulator.Storage;

namespace Kiosk.Simulator.Hosting;

/// <summary>
/// One kiosk on .NET: the same core as the ESP32 image (node and screens) over a folder for
/// flash, a memory frame buffer for the panel, a virtual touch panel and a clock. Calls are
/// serialised by a lock, since the web page and the kiosk loop reach it from different threads.
/// </summary>
public sealed class VirtualKiosk
{
    private readonly object _sync = new();
    private readonly string _folder;

    public VirtualKiosk(VirtualKioskOptions options)
    {
        Provisioning = options.Provisioning;
        Clock = options.Clock;
        _folder = options.Folder;
        FileSystem = new FolderFileSystem(options.Folder);
        var (width, height) = ScreenSize(Provisioning.ProfileId);
        Display = new FrameBufferDisplay(width, height);
        var presence = new KioskPresence(FileSystem);
        Link = options.CreateLink(presence);
        Node = new KioskNode(Provisioning, FileSystem, Clock, Link, presence, new Random(options.Seed), options.Tuning);
        Ui = new KioskUi(Display, Clock, Touch, new KioskUiServices
        {
            Usage = options.CountsUsage ? Node.Usage : null,
            TeacherLock = Node.TeacherLock,
            TeacherSettings = Node.TeacherSettings,
        });
        Loop = new KioskLoop(Node, Ui);
    }

    public string Id => Provisioning.KioskId;

    public KioskProvisioning Provisioning { get; }

    public SimulatedClock Clock { get; }

    public FolderFileSystem FileSystem { get; }

    public FrameBufferDisplay Display { get; }

    public VirtualTouchPanel Touch { get; } = new();

    public KioskNode Node { get; }

    public IMqttLink Link { get; }

    public KioskUi Ui { get; }

    /// <summary>The main loop the ESP32 image runs too: node, then what changed for the screens, then the screens.</summary>
    public KioskLoop Loop { get; }

    /// <summary>The lock every caller outside the kiosk loop takes before reading the UI.</summary>
    public object Sync => _sync;

    /// <summary>The last exception the kiosk threw in its loop; a device would reboot, the simulation carries on.</summary>
    public Exception? LastError { get; internal set; }

    /// <summary>Runs <paramref name="work"/> on the node under the kiosk's lock (the loop ticks under the same lock).</summary>
    public T Invoke<T>(Func<KioskNode, T> work)
    {
        lock (_sync)
        {
            return work(Node);
        }
    }

    public void Invoke(Action<KioskNode> work)
    {
        lock (_sync)
        {
            work(Node);
        }
    }

    /// <summary>Boots the node from flash, installs bundles from the shelf (if any) and shows the attract screen.</summary>
    public void Start(BundleShelf? shelf, TextWriter log)
    {
        lock (_sync)
        {
            Node.Start();
            if (shelf != null)
            {
                // FolderFileSystem.Delete throws for a file in a folder that does not exist yet
                // (the first install of a language erases its progress record); see docs/simulator.md.
                foreach (string language in shelf.Languages(Provisioning.ProgramKey))
                {
                    Directory.CreateDirectory(Path.Combine(_folder, ContentStore.Root, language));
                }
                shelf.InstallInto(Node.Content, log);
            }
            Loop.Follow();
        }
    }

    /// <summary>One turn of the main loop: back end, then screens.</summary>
    public void Tick()
    {
        lock (_sync)
        {
            Loop.Tick();
        }
    }

    public byte[] Screenshot()
    {
        return PngEncoder.Encode(Display.Snapshot(), Display.Width, Display.Height);
    }

    /// <summary>"320x240" gives 320 by 240; the simulator has no other way to know a profile's panel.</summary>
    public static (int Width, int Height) ScreenSize(string profileId)
    {
        var parts = profileId.Split('x');
        if (parts.Length == 2 && int.TryParse(parts[0], out int width) && int.TryParse(parts[1], out int height) && width > 0 && height > 0)
        {
            return (width, height);
        }
        throw new ArgumentException($"Profile id '{profileId}' does not name a screen size (WIDTHxHEIGHT).", nameof(profileId));
    }
}
