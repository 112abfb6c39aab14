using Kiosk.Firmware.Node;
using Kiosk.Firmware.Tests.Devices;
using Kiosk.Firmware.Tests.Fixtures;
using Kiosk.Firmware.Usage;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;

namespace Kiosk.Firmware.Tests.Reports;

/// <summary>A batch goes out once when it is cut and again only after the resend interval.</summary>
public sealed class ReportResendTests
{
    [Fact]
    public void A_batch_cut_when_a_resend_is_also_due_is_published_once()
    {
        using var program = new TestProgram();
        var tuning = new KioskTuning { StatusIntervalMilliseconds = 0 };
        tuning.Reports.BatchIntervalMilliseconds = 10_000;
        tuning.Reports.ResendIntervalMilliseconds = 10_000;
        var rig = new KioskRig(program, new MemoryFileSystem(), tuning);
        rig.Node.Start();
        rig.Link.Connect();
        rig.Node.Tick();
        rig.Node.Usage.Record("privacy", "en", Audience.Child, AgeBand.From9To12, UsageEvent.LessonOpened, -1);
        int Sends(ulong sequence) => rig.Link.Published.Count(p =>
            p.Topic == TopicName.Report(TestProgram.KioskId) && UsageReportCodec.Decode(p.Payload, 0, p.Payload.Length).Sequence == sequence);

        Advance(rig, 10_000);
        int afterCut = Sends(1);
        Advance(rig, 9_000);
        int beforeResend = Sends(1);
        Advance(rig, 1_500);

        Assert.Equal(1, afterCut);
        Assert.Equal(1, beforeResend);
        Assert.Equal(2, Sends(1));
    }

    private static void Advance(KioskRig rig, int milliseconds)
    {
        for (int elapsed = 0; elapsed < milliseconds; elapsed += 500)
        {
            rig.Clock.Advance(500);
            rig.Node.Tick();
        }
    }
}
