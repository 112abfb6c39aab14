namespace Kiosk.Simulator.Tests.Fixtures;

/// <summary>
/// Tests that count allocated bytes run alone: a garbage collection started by a test on another
/// thread can shift the current thread's allocation counter inside a measured window.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurement
{
    public const string Name = "allocation measurement";
}
