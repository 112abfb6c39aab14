namespace Kiosk.Protocol.Tests.Crypto;

/// <summary>
/// Tests in this collection run alone, after the parallel ones: they switch on the process-wide
/// field operation counter, which other verifications running at the same time would disturb.
/// </summary>
[CollectionDefinition(nameof(FieldOperationCounterCollection), DisableParallelization = true)]
public sealed class FieldOperationCounterCollection;
