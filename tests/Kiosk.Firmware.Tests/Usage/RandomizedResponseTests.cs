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
        var sessions = 40000;
        var truth = new Random(99);
        var clock = new ManualClock(Monday);
        var ledger = UsageLedgerTests.Ledger(new MemoryFileSystem(), clock, seed: 12345);
        var shown = 0;
        long reported = 0;
        uint truthPercent = 0;
        for (var session = 0; session < sessions; session++)
        {
            if (truth.NextDouble() < trueRate)
            {
                shown++;
                ledger.Record("help", "en", Audience.Child, AgeBand.From9To12, UsageEvent.HelpShown, -1);
            }
            if (ledger.OpenCellCount > 0 && session % 500 == 0)
            {
                var batch = ledger.CutBatch()!;
                reported += batch.Counters.Sum(c => (long)c.Count);
                truthPercent = batch.HelpTruthPercent;
                ledger.Acknowledge(batch.Sequence);
            }
            clock.Advance(60 * 1000);
        }
        if (ledger.CutBatch() is { } last)
        {
            reported += last.Counters.Sum(c => (long)c.Count);
        }

        Assert.Equal(75U, truthPercent);
        Assert.NotEqual(shown, reported);
        var estimatedRate = HelpCountEstimator.TrueCount(reported, truthPercent) / sessions;
        Assert.InRange(estimatedRate, trueRate - 0.01, trueRate + 0.01);
        Assert.InRange(estimatedRate, (double)shown / sessions - 0.006, (double)shown / sessions + 0.006);
    }

    [Fact]
    public void A_single_kiosk_hour_is_not_a_deterministic_image_of_the_truth()
    {
        var counts = new HashSet<uint>();
        for (var seed = 0; seed < 40; seed++)
        {
            var ledger = UsageLedgerTests.Ledger(new MemoryFileSystem(), new ManualClock(Monday), seed: seed);
            for (var i = 0; i < 6; i++)
            {
                ledger.Record("help", "en", Audience.Child, AgeBand.Under9, UsageEvent.HelpShown, -1);
            }
            counts.Add(ledger.CutBatch()?.Counters.Single().Count ?? 0);
        }

        Assert.True(counts.Count > 1, "six showings always reported the same count");
        Assert.Contains(counts, count => count != 6);
    }

    [Fact]
    public void The_estimator_is_two_c_over_one_plus_p()
    {
        Assert.Equal(2.0 * 875 / 1.75, HelpCountEstimator.TrueCount(875, 75), 9);
        Assert.Equal(100.0, HelpCountEstimator.TrueCount(100, 100), 9);
    }
}
