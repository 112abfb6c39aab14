using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Content;

/// <summary>
/// Bundles being served, loaded from the database once and kept while kiosks fetch them. When
/// full, the whole cache is dropped: bundles are immutable, so a reload is always correct, and
/// a rollout touches few bundles at a time.
/// </summary>
public sealed class BundleCache(BundleStore store, IOptions<ContentOptions> options)
{
    private readonly ConcurrentDictionary<(string, long), Lazy<Task<CachedBundle?>>> _bundles = new();

    public Task<CachedBundle?> GetAsync(string bundleId, long version, CancellationToken cancellationToken)
    {
        if (_bundles.Count >= options.Value.CachedBundles && !_bundles.ContainsKey((bundleId, version)))
        {
            _bundles.Clear();
        }
        var entry = _bundles.GetOrAdd((bundleId, version), key => new Lazy<Task<CachedBundle?>>(() => LoadAsync(key.Item1, key.Item2)));
        return entry.Value.WaitAsync(cancellationToken);
    }

    private async Task<CachedBundle?> LoadAsync(string bundleId, long version)
    {
        var row = await store.FindAsync(bundleId, version, CancellationToken.None);
        var bytes = row is null ? null : await store.ReadBytesAsync(bundleId, version, CancellationToken.None);
        if (row is null || bytes is null)
        {
            // Not cached: the bundle may be imported a moment later.
            _bundles.TryRemove((bundleId, version), out _);
            return null;
        }
        return new CachedBundle(bytes, (int)row.ChunkSize, options.Value.ManifestChunkSize);
    }
}
