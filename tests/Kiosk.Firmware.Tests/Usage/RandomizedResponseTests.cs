using Kiosk.Firmware.Tests.Devices;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Security;

namespace Kiosk.Firmware.Tests.Usage;

public sealed class RandomizedResponseTests
{
    private static readonly DateTime Monday = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.3)]
    public void The_estimator_recovers_the_true_help_rate_over_many_sessions(double trueRate)
    {
        // One child session per kiosk-hour cell: a lesson opened, and sometimes the help screen.
        var sessions = 12000;
        var truth = new Random(99);
        var clock = new ManualClock(Monday);
        var ledger = UsageLedgerTests.Ledger(new MemoryFileSystem(), clock, seed: 12345);
        var shown = 0;
        var bits = new List<UsageCounter>();
        uint truthPercent = 0;
        for (var session = 0; session < sessions; session++)
        {
            ledger.Record("privacy", "en", Audience.Child, AgeBand.From9To12, UsageEvent.LessonOpened, -1);
            if (truth.NextDouble() < trueRate)
            {
                shown++;
                ledger.Record("privacy", "en", Audience.Child, AgeBand.From9To12, UsageEvent.HelpShown, -1);
            }
            if (session % 20 == 19)
            {
                var batch = ledger.CutBatch()!;
                bits.AddRange(batch.Counters.Where(c => c.Event == UsageEvent.HelpShown));
                truthPercent = batch.HelpTruthPercent;
                ledger.Acknowledge(batch.Sequence);
            }
            clock.Advance(60 * 60 * 1000);
        }

        Assert.Equal(75U, truthPercent);
        Assert.Equal(sessions, bits.Count);
        Assert.All(bits, bit => Assert.InRange(bit.Count, 0U, 1U));
        var ones = bits.Sum(bit => (long)bit.Count);
        Assert.NotEqual(shown, ones);
        var estimatedRate = HelpCountEstimator.CellsWithHelp(ones, bits.Count, truthPercent) / sessions;
        Assert.InRange(estimatedRate, trueRate - 0.02, trueRate + 0.02);
        Assert.InRange(estimatedRate, ((double)shown / sessions) - 0.02, ((double)shown / sessions) + 0.02);
    }

    [Fact]
    public void A_single_kiosk_hour_is_not_a_deterministic_image_of_the_truth()
    {
        var withHelp = new HashSet<uint>();
        var withoutHelp = new HashSet<uint>();
        for (var seed = 0; seed < 40; seed++)
        {
            withHelp.Add(HelpBit(seed, helpShown: true));
            withoutHelp.Add(HelpBit(seed, helpShown: false));
        }

        Assert.Equal([0U, 1U], withHelp.Order());
        Assert.Equal([0U, 1U], withoutHelp.Order());
    }

    [Fact]
    public void The_estimator_removes_the_coin_flips()
    {
        // 1000 cells, 200 with help: expected ones = 0.75 * 200 + 0.25 * 1000 / 2 = 275.
        Assert.Equal(200.0, HelpCountEstimator.CellsWithHelp(275, 1000, 75), 9);
        Assert.Equal(42.0, HelpCountEstimator.CellsWithHelp(42, 1000, 100), 9);
    }

    private static uint HelpBit(int seed, bool helpShown)
    {
        var ledger = UsageLedgerTests.Ledger(new MemoryFileSystem(), new ManualClock(Monday), seed: seed);
        ledger.Record("privacy", "en", Audience.Child, AgeBand.Under9, UsageEvent.LessonOpened, -1);
        if (helpShown)
        {
            ledger.Record("privacy", "en", Audience.Child, AgeBand.Under9, UsageEvent.HelpShown, -1);
        }
        return ledger.CutBatch()!.Counters.Single(c => c.Event == UsageEvent.HelpShown).Count;
    }
}
