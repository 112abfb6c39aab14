using Kiosk.Firmware.Connectivity;

namespace Kiosk.Hardware.Tests.Connectivity;

public class ReconnectBackoffTests
{
    [Fact]
    public void Delays_double_up_to_the_cap_and_never_lose_more_than_a_quarter()
    {
        var backoff = new ReconnectBackoff(1000, 60000, new Random(7));
        int[] bases = [1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000];

        foreach (int expectedBase in bases)
        {
            int delay = backoff.NextDelayMilliseconds();
            Assert.InRange(delay, expectedBase - expectedBase / 4, expectedBase);
        }
    }

    [Fact]
    public void Reset_starts_again_from_the_first_delay()
    {
        var backoff = new ReconnectBackoff(500, 8000, new Random(1));
        for (int i = 0; i < 6; i++)
        {
            backoff.NextDelayMilliseconds();
        }

        backoff.Reset();

        Assert.InRange(backoff.NextDelayMilliseconds(), 375, 500);
    }

    [Fact]
    public void Kiosks_with_different_seeds_spread_out()
    {
        var delays = new HashSet<int>();
        for (int seed = 0; seed < 20; seed++)
        {
            var backoff = new ReconnectBackoff(4000, 60000, new Random(seed));
            delays.Add(backoff.NextDelayMilliseconds());
        }

        Assert.True(delays.Count > 10, $"only {delays.Count} distinct first delays");
    }

    [Fact]
    public void Nonsense_limits_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectBackoff(0, 10, new Random()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectBackoff(100, 50, new Random()));
    }
}
