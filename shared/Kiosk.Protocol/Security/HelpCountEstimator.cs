using System;

namespace Kiosk.Protocol.Security;

/// <summary>
/// Undoes, on average, the randomized response a kiosk applies to help-screen counts. Each time
/// the help screen is shown the kiosk counts it with probability p + (1 - p)/2 = (1 + p)/2 (the
/// truth with probability p, else a fair coin that comes up "shown" half the time). So the
/// expected reported count is E[C] = T (1 + p) / 2 for T true showings, and T^ = 2 C / (1 + p)
/// is unbiased. Apply it to sums over many kiosk-hours; a single cell stays deliberately noisy.
/// </summary>
public static class HelpCountEstimator
{
    /// <summary>The unbiased estimate of true showings behind <paramref name="reportedCount"/>.</summary>
    public static double TrueCount(double reportedCount, uint truthPercent)
    {
        if (truthPercent > 100)
        {
            throw new ArgumentOutOfRangeException("truthPercent");
        }

        double p = truthPercent / 100.0;
        return 2.0 * reportedCount / (1.0 + p);
    }
}
