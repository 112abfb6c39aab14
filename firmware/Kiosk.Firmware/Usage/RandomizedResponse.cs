using System;

namespace Kiosk.Firmware.Usage;

/// <summary>
/// Warner's randomized response for the help screen: each cell's HelpShown bit is the truth with
/// probability p, otherwise the outcome of a fair coin. No single bit is a fact about a child,
/// while the companion can still estimate totals without bias
/// (<see cref="Kiosk.Protocol.Security.HelpCountEstimator"/>).
/// </summary>
public sealed class RandomizedResponse
{
    private readonly Random _random;

    public RandomizedResponse(Random random, uint truthPercent)
    {
        if (random == null)
        {
            throw new ArgumentNullException("random");
        }

        if (truthPercent == 0 || truthPercent > 100)
        {
            throw new ArgumentOutOfRangeException("truthPercent");
        }

        _random = random;
        TruthPercent = truthPercent;
    }

    public uint TruthPercent { get; }

    public bool Answer(bool truth)
    {
        if (_random.Next(100) < TruthPercent)
        {
            return truth;
        }

        return _random.Next(2) == 1;
    }
}
