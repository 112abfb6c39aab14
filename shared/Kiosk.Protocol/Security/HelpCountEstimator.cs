using System;

namespace Kiosk.Protocol.Security;

/// <summary>
/// Undoes, on average, the randomized response behind HelpShown counters (docs/protocol.md).
/// Every active (hour, lesson, language, audience, age band) cell of a batch carries one HelpShown
/// bit: the truth (help shown in that cell) with probability p, otherwise a fair coin. For n such
/// bits of which T cells truly saw help, E[observed] = p T + (1 - p) n / 2, so
/// T^ = (observed - (1 - p) n / 2) / p is unbiased. Apply it to sums over many cells; a single
/// bit stays deliberately deniable.
/// </summary>
public static class HelpCountEstimator
{
    /// <summary>The unbiased estimate of cells in which the help screen was shown.</summary>
    /// <param name="observedOnes">HelpShown bits that were 1.</param>
    /// <param name="cells">HelpShown counters received (ones and zeros).</param>
    public static double CellsWithHelp(double observedOnes, double cells, uint truthPercent)
    {
        if (truthPercent == 0 || truthPercent > 100)
        {
            throw new ArgumentOutOfRangeException("truthPercent");
        }

        double p = truthPercent / 100.0;
        return (observedOnes - ((1.0 - p) * cells / 2.0)) / p;
    }
}
