using System.Text.Json;
using Dapper;
using Kiosk.Companion.Storage;
using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Fleet;

/// <summary>The kiosks table: registry, status and PIN material.</summary>
public sealed class KioskRegistry(CompanionDatabase database)
{
    private const string Columns = """
        id, group_id, credential_hash, created_at, last_seen_at, online, connection_epoch, boot_count, firmware,
        board_profile, installed_bundles, enabled_modules, default_language, free_storage_bytes, applied_config_serial,
        catalog_serial, config_serial, pin_salt, pin_hash, pin_iterations
        """;

    public async Task<IReadOnlyList<KioskRecord>> ListAsync(string? groupId, bool? online, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<KioskRecord>(
            $"SELECT {Columns} FROM kiosks WHERE (@groupId IS NULL OR group_id = @groupId) AND (@online IS NULL OR online = @online) ORDER BY id",
            new { groupId, online = online is null ? (long?)null : online.Value ? 1L : 0L });
        return rows.ToList();
    }

    public async Task<KioskRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<KioskRecord>($"SELECT {Columns} FROM kiosks WHERE id = @id", new { id });
    }

    public async Task InsertAsync(KioskRecord kiosk, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO kiosks (id, group_id, credential_hash, created_at, config_serial, pin_salt, pin_hash, pin_iterations)
            VALUES (@Id, @GroupId, @CredentialHash, @CreatedAt, @ConfigSerial, @PinSalt, @PinHash, @PinIterations)
            """,
            kiosk);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM kiosks WHERE id = @id", new { id }) > 0;
    }

    /// <summary>Replaces the PIN material and raises the config serial; returns the updated row, or null if the kiosk is gone.</summary>
    public async Task<KioskRecord?> ChangePinAsync(string id, string salt, string hash, long iterations, CancellationToken cancellationToken)
    {
        using (await database.EnterWriteAsync(cancellationToken))
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var changed = await connection.ExecuteAsync(
                "UPDATE kiosks SET pin_salt = @salt, pin_hash = @hash, pin_iterations = @iterations, config_serial = config_serial + 1 WHERE id = @id",
                new { id, salt, hash, iterations });
            if (changed == 0)
            {
                return null;
            }
        }
        return await FindAsync(id, cancellationToken);
    }

    /// <summary>
    /// Records an Online status unless a newer connection (higher epoch) is already recorded.
    /// The condition sits in the UPDATE itself, so concurrent instances cannot interleave wrongly.
    /// </summary>
    public async Task<bool> ApplyOnlineAsync(string id, KioskStatus status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            UPDATE kiosks SET online = 1, connection_epoch = @epoch, boot_count = @bootCount, last_seen_at = @now,
                firmware = @firmware, board_profile = @boardProfile, installed_bundles = @bundles, enabled_modules = @modules,
                default_language = @language, free_storage_bytes = @freeStorage, applied_config_serial = @configSerial,
                catalog_serial = @catalogSerial
            WHERE id = @id AND connection_epoch <= @epoch
            """,
            new
            {
                id,
                epoch = (long)status.ConnectionEpoch,
                bootCount = (long)status.BootCount,
                now = now.ToUnixTimeSeconds(),
                firmware = status.FirmwareVersion,
                boardProfile = status.BoardProfileId,
                bundles = JsonSerializer.Serialize((status.InstalledBundles ?? []).Select(b => new InstalledBundleView(b.BundleId, b.Version, b.Language, b.ProfileId))),
                modules = status.EnabledModuleIds is null ? null : JsonSerializer.Serialize(status.EnabledModuleIds),
                language = status.DefaultLanguage,
                freeStorage = (long)Math.Min(status.FreeStorageBytes, long.MaxValue),
                configSerial = (long)Math.Min(status.ConfigSerial, long.MaxValue),
                catalogSerial = (long)Math.Min(status.CatalogSerial, long.MaxValue),
            }) > 0;
    }

    /// <summary>Marks the kiosk offline only if no newer connection than the one this Offline belongs to is recorded.</summary>
    public async Task<bool> ApplyOfflineAsync(string id, ulong epoch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE kiosks SET online = 0, connection_epoch = @epoch, last_seen_at = @now WHERE id = @id AND connection_epoch <= @epoch",
            new { id, epoch = (long)epoch, now = now.ToUnixTimeSeconds() }) > 0;
    }

    /// <summary>Marks offline every online kiosk last seen before <paramref name="cutoff"/> (or never); returns their ids.</summary>
    public async Task<IReadOnlyList<string>> MarkQuietOfflineAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(
            "UPDATE kiosks SET online = 0 WHERE online = 1 AND (last_seen_at IS NULL OR last_seen_at < @cutoff) RETURNING id",
            new { cutoff = cutoff.ToUnixTimeSeconds() });
        return rows.ToList();
    }

    public async Task<long> CountOnlineAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM kiosks WHERE online = 1");
    }
}
