using Dapper;
using Kiosk.Companion.Storage;

namespace Kiosk.Companion.Fleet;

/// <summary>The groups table.</summary>
public sealed class GroupStore(CompanionDatabase database)
{
    public async Task<IReadOnlyList<KioskGroup>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<KioskGroup>("SELECT id, name, kind, parent_id, created_at FROM groups ORDER BY id")).ToList();
    }

    public async Task<KioskGroup?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<KioskGroup>(
            "SELECT id, name, kind, parent_id, created_at FROM groups WHERE id = @id", new { id });
    }

    public async Task InsertAsync(KioskGroup group, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO groups (id, name, kind, parent_id, created_at) VALUES (@Id, @Name, @Kind, @ParentId, @CreatedAt)", group);
    }

    /// <summary>Deletes a group that has no kiosks and no child groups; false if it is in use or absent.</summary>
    public async Task<bool> DeleteIfEmptyAsync(string id, CancellationToken cancellationToken)
    {
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            DELETE FROM groups WHERE id = @id
              AND NOT EXISTS (SELECT 1 FROM kiosks WHERE group_id = @id)
              AND NOT EXISTS (SELECT 1 FROM groups g WHERE g.parent_id = @id)
            """,
            new { id }) > 0;
    }
}
