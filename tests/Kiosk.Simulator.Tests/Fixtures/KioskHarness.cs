using Kiosk.Firmware.Node;
using Kiosk.Firmware.Screens;
using Kiosk.Protocol.Messages;
using Kiosk.Signing;
using Kiosk.Simulator.Devices;
using Kiosk.Simulator.Hosting;
using Kiosk.Simulator.Visitors;

namespace Kiosk.Simulator.Tests.Fixtures;

/// <summary>One virtual kiosk on a temporary folder with a manual clock, driven turn by turn (20 ms a turn).</summary>
public sealed class KioskHarness : IDisposable
{
    public const string KioskId = "test-kiosk";
    public const int TurnMilliseconds = 20;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kiosk-ui-" + Guid.NewGuid().ToString("N"));

    public KioskHarness(string profile, DateTime? start = null)
    {
        Clock = SimulatedClock.Manual(start ?? new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc));
        Kiosk = Boot(profile);
    }

    public SimulatedClock Clock { get; }

    public VirtualKiosk Kiosk { get; private set; }

    public KioskUi Ui => Kiosk.Ui;

    public FrameBufferDisplay Display => Kiosk.Display;

    /// <summary>Starts a second kiosk on the same flash (as after a reboot).</summary>
    public VirtualKiosk Reboot() => Kiosk = Boot(Kiosk.Provisioning.ProfileId);

    public void Turn(int turns = 1)
    {
        for (int i = 0; i < turns; i++)
        {
            Kiosk.Tick();
            Clock.Advance(TurnMilliseconds);
        }
    }

    public void Wait(TimeSpan time) => Turn((int)(time.TotalMilliseconds / TurnMilliseconds) + 1);

    /// <summary>Taps the middle of the first target with this action (and argument, unless -1).</summary>
    public void Tap(TargetAction action, int argument = -1)
    {
        int target = Ui.Targets.IndexOf(action, argument);
        Assert.True(target >= 0, $"No {action} {argument} on the {Ui.Screen} screen.");
        TapAt(Ui.Targets.CentreX(target), Ui.Targets.CentreY(target));
    }

    public void TapAt(int x, int y)
    {
        Kiosk.Touch.Tap(x, y);
        while (Kiosk.Touch.Busy)
        {
            Turn();
        }
        Turn();
    }

    /// <summary>Holds a finger down for <paramref name="time"/>, then lifts it.</summary>
    public void Hold(int x, int y, TimeSpan time)
    {
        Kiosk.Touch.Press(x, y);
        Wait(time);
        Kiosk.Touch.Release();
        Turn(3);
    }

    /// <summary>Runs a visitor until done (or the tap limit); returns the taps made.</summary>
    public int Run(ScriptedVisitor visitor, int maxTaps)
    {
        int taps = 0;
        while (taps < maxTaps && visitor.NextTap(out int x, out int y))
        {
            TapAt(x, y);
            taps++;
        }
        return taps;
    }

    /// <summary>Hands the kiosk a signed config, as the companion would over MQTT.</summary>
    public void Configure(KioskConfig config)
    {
        Assert.True(Kiosk.Node.Config.Offer(CoseSign1Signer.Sign(KioskConfigCodec.Encode(config), SampleContent.SigningKey)), "the kiosk refused the config");
        Turn();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, true);
        }
        catch (IOException)
        {
            // A temporary folder left behind costs nothing.
        }
    }

    private VirtualKiosk Boot(string profile)
    {
        var kiosk = new VirtualKiosk(new VirtualKioskOptions
        {
            Provisioning = new KioskProvisioning
            {
                KioskId = KioskId,
                GroupId = "test-group",
                ProgramKey = SampleContent.PublicKey,
                ProfileId = profile,
                BoardProfileId = "simulator",
                FirmwareVersion = "test",
            },
            Folder = _folder,
            Clock = Clock,
        });
        kiosk.Start(SampleContent.Shelf, TextWriter.Null);
        kiosk.Tick();
        return kiosk;
    }
}
