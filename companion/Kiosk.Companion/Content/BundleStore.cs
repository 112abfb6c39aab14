using Dapper;
using Kiosk.Companion.Storage;

namespace Kiosk.Companion.Content;

/// <summary>The bundles table: one row per bundle id and version, bytes included.</summary>
public sealed class BundleStore(CompanionDatabase database)
{
    private const string Columns = "bundle_id, version, language, profile_id, draft, size_bytes, manifest_sha256, chunk_size, chunk_count, source, created_at";

    public async Task<IReadOnlyList<StoredBundle>> ListAsync(long? version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<StoredBundle>(
            $"SELECT {Columns} FROM bundles WHERE (@version IS NULL OR version = @version) ORDER BY version DESC, bundle_id",
            new { version })).ToList();
    }

    public async Task<StoredBundle?> FindAsync(string bundleId, long version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredBundle>(
            $"SELECT {Columns} FROM bundles WHERE bundle_id = @bundleId AND version = @version", new { bundleId, version });
    }

    public async Task<byte[]?> ReadBytesAsync(string bundleId, long version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<byte[]>(
            "SELECT content FROM bundles WHERE bundle_id = @bundleId AND version = @version", new { bundleId, version });
    }

    public async Task<long> LatestVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>("SELECT MAX(version) FROM bundles") ?? 0;
    }

    /// <summary>Stores a bundle unless one with the same id and version exists; returns false then.</summary>
    public async Task<bool> InsertAsync(StoredBundle bundle, byte[] content, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            INSERT INTO bundles (bundle_id, version, language, profile_id, draft, size_bytes, manifest_sha256, chunk_size, chunk_count, source, created_at, content)
            VALUES (@BundleId, @Version, @Language, @ProfileId, @Draft, @SizeBytes, @ManifestSha256, @ChunkSize, @ChunkCount, @Source, @CreatedAt, @content)
            ON CONFLICT (bundle_id, version) DO NOTHING
            """,
            new
            {
                bundle.BundleId,
                bundle.Version,
                bundle.Language,
                bundle.ProfileId,
                bundle.Draft,
                bundle.SizeBytes,
                bundle.ManifestSha256,
                bundle.ChunkSize,
                bundle.ChunkCount,
                bundle.Source,
                bundle.CreatedAt,
                content,
            }) > 0;
    }
}
