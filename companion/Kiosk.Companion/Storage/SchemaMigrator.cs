using System.Data.Common;
using System.Reflection;
using Dapper;

namespace Kiosk.Companion.Storage;

/// <summary>
/// Applies the numbered SQL files in Storage/Migrations that the database has not seen yet, all in
/// one transaction, and records each in schema_version. A file named "0002_x.postgresql.sql"
/// replaces "0002_x.sql" for that dialect only, so dialect differences stay in one place.
/// </summary>
public sealed class SchemaMigrator(CompanionDatabase database, ILogger<SchemaMigrator> logger)
{
    // Any fixed number: instances starting together on one PostgreSQL queue on it.
    private const long PostgresMigrationLock = 0x4B696F736B;

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var migrations = Migration.Load(database.Dialect);
        using var gate = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (database.Dialect == SqlDialect.PostgreSql)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", new { key = PostgresMigrationLock }, transaction);
        }

        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
            transaction: transaction);
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_version", transaction: transaction)).ToHashSet();
        var count = 0;
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteScriptAsync(connection, transaction, migration.Sql, cancellationToken);
            await connection.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @now)",
                new { migration.Version, migration.Name, now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() },
                transaction);
            logger.LogInformation("Applied migration {Version} {Name} ({Dialect})", migration.Version, migration.Name, database.Dialect);
            count++;
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    // SQLite runs one statement per command, so scripts are split on ';' at line ends.
    private static async Task ExecuteScriptAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        foreach (var statement in sql.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var text = string.Join('\n', statement.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim().TrimEnd(';');
            if (text.Length == 0)
            {
                continue;
            }
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = text;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Migration(long Version, string Name, string Sql)
    {
        private const string ResourcePrefix = "Kiosk.Companion.Storage.Migrations.";

        public static IReadOnlyList<Migration> Load(SqlDialect dialect)
        {
            var assembly = Assembly.GetExecutingAssembly();
            var files = assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
                .Select(name => name[ResourcePrefix.Length..^".sql".Length])
                .ToList();
            var result = new List<Migration>();
            foreach (var shared in files.Where(f => !f.Contains('.')))
            {
                var chosen = files.Contains($"{shared}.{dialect.Name}") ? $"{shared}.{dialect.Name}" : shared;
                using var stream = assembly.GetManifestResourceStream(ResourcePrefix + chosen + ".sql")!;
                using var reader = new StreamReader(stream);
                var separator = shared.IndexOf('_');
                result.Add(new Migration(long.Parse(shared[..separator], System.Globalization.CultureInfo.InvariantCulture), shared[(separator + 1)..], reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal)));
            }
            return result.OrderBy(m => m.Version).ToList();
        }
    }
}
