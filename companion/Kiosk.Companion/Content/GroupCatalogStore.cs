using Dapper;
using Kiosk.Companion.Storage;

namespace Kiosk.Companion.Content;

/// <summary>The group_catalogs table. Serials only grow, across restarts and instances.</summary>
public sealed class GroupCatalogStore(CompanionDatabase database)
{
    private const string Columns = "group_id, serial, release_version, pinned, updated_at";

    public async Task<IReadOnlyList<GroupCatalog>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<GroupCatalog>($"SELECT {Columns} FROM group_catalogs ORDER BY group_id")).ToList();
    }

    public async Task<GroupCatalog?> FindAsync(string groupId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<GroupCatalog>($"SELECT {Columns} FROM group_catalogs WHERE group_id = @groupId", new { groupId });
    }

    /// <summary>Sets the group's release and pin and raises its serial in one statement; returns the new row.</summary>
    public async Task<GroupCatalog> AdvanceAsync(string groupId, long? releaseVersion, bool pinned, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using (await database.EnterWriteAsync(cancellationToken))
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(
                """
                INSERT INTO group_catalogs (group_id, serial, release_version, pinned, updated_at) VALUES (@groupId, 1, @releaseVersion, @pinned, @now)
                ON CONFLICT (group_id) DO UPDATE SET serial = group_catalogs.serial + 1, release_version = @releaseVersion, pinned = @pinned, updated_at = @now
                """,
                new { groupId, releaseVersion, pinned = pinned ? 1L : 0L, now = now.ToUnixTimeSeconds() });
        }
        return (await FindAsync(groupId, cancellationToken))!;
    }
}
