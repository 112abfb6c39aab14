using System.Security.Cryptography;
using System.Text;
using Dapper;
using Kiosk.Companion.Storage;

namespace Kiosk.Companion.Api;

/// <summary>
/// Bearer tokens for the HTTP API. Tokens are 256 random bits, so an unsalted SHA-256 is enough
/// to keep a stolen database from yielding usable tokens.
/// </summary>
public sealed class ApiTokenStore(CompanionDatabase database, TimeProvider clock)
{
    private const string Prefix = "kc_";

    public static string NewToken() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    /// <summary>Stores a token's hash under a name; storing the same token twice is a no-op.</summary>
    public async Task<ApiToken> AddAsync(string name, string token, CancellationToken cancellationToken)
    {
        var row = new ApiToken
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(),
            Name = name,
            CreatedAt = clock.GetUtcNow().ToUnixTimeSeconds(),
        };
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO api_tokens (id, name, token_hash, created_at) VALUES (@Id, @Name, @hash, @CreatedAt) ON CONFLICT (token_hash) DO NOTHING",
            new { row.Id, row.Name, hash = HashOf(token), row.CreatedAt });
        return row;
    }

    public async Task<ApiToken?> FindAsync(string token, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ApiToken>(
            "SELECT id, name, created_at FROM api_tokens WHERE token_hash = @hash", new { hash = HashOf(token) });
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM api_tokens");
    }
}
