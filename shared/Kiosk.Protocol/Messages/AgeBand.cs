namespace Kiosk.Protocol.Messages;

/// <summary>The age band a child picked; None for adult audiences. Bands follow the COP 2020 guidelines.</summary>
public enum AgeBand
{
    None = 0,
    Under9 = 1,
    From9To12 = 2,
    From13To17 = 3
}
