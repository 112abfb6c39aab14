using Kiosk.Protocol;
using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Content;

/// <summary>
/// Answers a kiosk's <see cref="ChunkRequest"/>: the signed manifest's chunks for the Manifest
/// part, the data region's chunks for the Data part, exactly as they sit in the stored bundle.
/// Requests over the kiosk's rate are answered Busy; unknown bundles NotFound; indexes past the
/// end OutOfRange. A request that does not decode gets no answer (there is nothing to echo).
/// </summary>
public sealed class ChunkService(BundleCache cache, ChunkRateLimiter limiter, ILogger<ChunkService> logger)
{
    public async Task<ChunkResponse?> AnswerAsync(string kioskId, byte[] payload, CancellationToken cancellationToken)
    {
        ChunkRequest request;
        try
        {
            request = ChunkRequestCodec.Decode(payload, 0, payload.Length);
        }
        catch (ProtocolDecodeException error)
        {
            logger.LogDebug("Dropped a chunk request from {KioskId}: {Error}", kioskId, error.Error);
            return null;
        }

        var response = Echo(request, ChunkStatus.Ok);
        if (!limiter.TryTake(kioskId))
        {
            response.Status = ChunkStatus.Busy;
            return response;
        }
        var bundle = await cache.GetAsync(request.BundleId, request.Version, cancellationToken);
        if (bundle is null)
        {
            response.Status = ChunkStatus.NotFound;
            return response;
        }
        var count = bundle.ChunkCount(request.Part);
        if (request.ChunkIndex >= count)
        {
            response.Status = ChunkStatus.OutOfRange;
            return response;
        }
        response.ChunkCount = count;
        response.Data = bundle.Chunk(request.Part, request.ChunkIndex);
        return response;
    }

    /// <summary>The answer to a request the companion has no capacity for right now; null if it does not decode.</summary>
    public static ChunkResponse? Busy(byte[] payload)
    {
        try
        {
            return Echo(ChunkRequestCodec.Decode(payload, 0, payload.Length), ChunkStatus.Busy);
        }
        catch (ProtocolDecodeException)
        {
            return null;
        }
    }

    private static ChunkResponse Echo(ChunkRequest request, ChunkStatus status) => new()
    {
        BundleId = request.BundleId,
        Version = request.Version,
        Part = request.Part,
        ChunkIndex = request.ChunkIndex,
        Status = status,
    };
}
