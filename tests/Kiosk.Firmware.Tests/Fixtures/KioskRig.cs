using Kiosk.Firmware.Node;
using Kiosk.Firmware.Tests.Devices;
using Kiosk.Protocol.Topics;

namespace Kiosk.Firmware.Tests.Fixtures;

/// <summary>One kiosk on in-memory devices with a chunk server behind its link, booted from a given flash.</summary>
public sealed class KioskRig
{
    public KioskRig(TestProgram program, MemoryFileSystem flash, KioskTuning? tuning = null, int seed = 1)
    {
        Program = program;
        Flash = flash;
        Link = new LoopbackLink();
        Server = new ChunkServer(Link, TestProgram.KioskId);
        Presence = new KioskPresence(flash);
        Node = new KioskNode(Provisioning(program), flash, Clock, Link, Presence, new Random(seed), tuning ?? new KioskTuning());
    }

    public TestProgram Program { get; }

    public MemoryFileSystem Flash { get; }

    public ManualClock Clock { get; } = new(new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc));

    public LoopbackLink Link { get; }

    public ChunkServer Server { get; }

    public KioskPresence Presence { get; }

    public KioskNode Node { get; }

    public static KioskProvisioning Provisioning(TestProgram program) => new()
    {
        KioskId = TestProgram.KioskId,
        GroupId = TestProgram.Group,
        ProgramKey = program.PublicKey,
        ProfileId = TestProgram.Profile,
        BoardProfileId = "esp32-ili9341",
        FirmwareVersion = "0.1.0",
    };

    /// <summary>Boots, connects and hands the kiosk its group's retained catalog.</summary>
    public void BootOnline(byte[] signedCatalog)
    {
        Node.Start();
        Link.Connect();
        Node.Tick();
        Link.Deliver(TopicName.Catalog(TestProgram.Group), signedCatalog);
    }

    /// <summary>Runs the main loop (10 ms a turn) until <paramref name="done"/> or the turn limit.</summary>
    public bool RunUntil(Func<bool> done, int maxTurns = 20000)
    {
        for (var turn = 0; turn < maxTurns; turn++)
        {
            if (done())
            {
                return true;
            }
            Node.Tick();
            Server.Pump();
            Clock.Advance(10);
        }
        return done();
    }
}
