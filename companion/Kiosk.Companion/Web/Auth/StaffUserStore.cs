using System.Security.Cryptography;
using Dapper;
using Kiosk.Companion.Storage;
using Microsoft.AspNetCore.Identity;

namespace Kiosk.Companion.Web.Auth;

/// <summary>
/// The web_users table. Passwords are kept as ASP.NET Core Identity hashes (PBKDF2-SHA512 with
/// a per-user salt), so a stolen database does not yield passwords cheaply.
/// </summary>
public sealed class StaffUserStore(CompanionDatabase database, TimeProvider clock)
{
    public const int MinPasswordLength = 10;

    private const string Columns = "id, user_name, password_hash, role, group_id, created_at";

    private readonly PasswordHasher<StaffUser> _hasher = new();

    public async Task<StaffUser> CreateAsync(string userName, string password, string role, string? groupId, CancellationToken cancellationToken)
    {
        var user = new StaffUser
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(),
            UserName = userName,
            Role = role,
            GroupId = role == StaffRole.Teacher ? groupId : null,
            CreatedAt = clock.GetUtcNow().ToUnixTimeSeconds(),
        };
        user.PasswordHash = _hasher.HashPassword(user, password);
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO web_users (id, user_name, password_hash, role, group_id, created_at) VALUES (@Id, @UserName, @PasswordHash, @Role, @GroupId, @CreatedAt)",
            user);
        return user;
    }

    /// <summary>The user when the password matches; null otherwise (unknown names cost a hash too).</summary>
    public async Task<StaffUser?> VerifyAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var user = await FindByNameAsync(userName, cancellationToken);
        if (user is null)
        {
            _hasher.HashPassword(new StaffUser(), password);
            return null;
        }
        return _hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    public async Task<StaffUser?> FindByNameAsync(string userName, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StaffUser>(
            $"SELECT {Columns} FROM web_users WHERE user_name = @userName", new { userName });
    }

    public async Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<StaffUser>($"SELECT {Columns} FROM web_users ORDER BY user_name")).ToList();
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM web_users");
    }
}
