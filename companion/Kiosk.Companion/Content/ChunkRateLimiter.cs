using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Content;

/// <summary>
/// A token bucket per kiosk: a kiosk that asks faster than its share is answered Busy and backs
/// off, so one misbehaving kiosk cannot starve the rest.
/// </summary>
public sealed class ChunkRateLimiter(IOptions<ContentOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new();

    public bool TryTake(string kioskId)
    {
        var settings = options.Value;
        var now = clock.GetTimestamp();
        var bucket = _buckets.GetOrAdd(kioskId, _ => new Bucket(settings.ChunkBurstPerKiosk, now));
        lock (bucket)
        {
            var seconds = clock.GetElapsedTime(bucket.Updated, now).TotalSeconds;
            bucket.Tokens = Math.Min(settings.ChunkBurstPerKiosk, bucket.Tokens + (seconds * settings.ChunksPerSecondPerKiosk));
            bucket.Updated = now;
            if (bucket.Tokens < 1)
            {
                return false;
            }
            bucket.Tokens -= 1;
            return true;
        }
    }

    private sealed class Bucket(double tokens, long updated)
    {
        public double Tokens { get; set; } = tokens;

        public long Updated { get; set; } = updated;
    }
}
