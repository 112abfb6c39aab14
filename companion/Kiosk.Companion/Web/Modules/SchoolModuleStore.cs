using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Kiosk.Companion.Provisioning;
using Kiosk.Companion.Storage;

namespace Kiosk.Companion.Web.Modules;

/// <summary>
/// The web_school_modules table. Saving a choice also raises the config serial of every kiosk of
/// the school and notes the change, in one transaction, so a kiosk never sees new modules under
/// an old serial. It is the <see cref="IGroupModuleChoice"/> every signed config reads.
/// </summary>
public sealed class SchoolModuleStore(CompanionDatabase database, TimeProvider clock) : IGroupModuleChoice
{
    public async Task<IReadOnlyList<string>?> FindAsync(string groupId, CancellationToken cancellationToken) =>
        (await GetAsync(groupId, cancellationToken)).Modules;

    public async Task<SchoolModules> GetAsync(string groupId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            "SELECT group_id, modules, changed_at, changed_by FROM web_school_modules WHERE group_id = @groupId", new { groupId });
        return row is null ? new SchoolModules(groupId, null, null, null) : row.ToSchoolModules();
    }

    public async Task<IReadOnlyList<SchoolModules>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>("SELECT group_id, modules, changed_at, changed_by FROM web_school_modules ORDER BY group_id");
        return rows.Select(r => r.ToSchoolModules()).ToList();
    }

    public async Task SaveAsync(string groupId, IReadOnlyList<string> modules, string userName, string summary, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO web_school_modules (group_id, modules, changed_at, changed_by) VALUES (@groupId, @modules, @now, @userName)
            ON CONFLICT (group_id) DO UPDATE SET modules = excluded.modules, changed_at = excluded.changed_at, changed_by = excluded.changed_by
            """,
            new { groupId, modules = JsonSerializer.Serialize(modules), now, userName }, transaction);
        await connection.ExecuteAsync("UPDATE kiosks SET config_serial = config_serial + 1 WHERE group_id = @groupId", new { groupId }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO web_changes (id, group_id, at, user_name, summary) VALUES (@id, @groupId, @now, @userName, @summary)",
            new { id = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(), groupId, now, userName, summary }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed class Row
    {
        public string GroupId { get; set; } = "";

        public string Modules { get; set; } = "[]";

        public long ChangedAt { get; set; }

        public string ChangedBy { get; set; } = "";

        public SchoolModules ToSchoolModules() =>
            new(GroupId, JsonSerializer.Deserialize<List<string>>(Modules), DateTimeOffset.FromUnixTimeSeconds(ChangedAt), ChangedBy);
    }
}
