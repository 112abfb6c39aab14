using Dapper;
using Kiosk.Companion.Storage;
using Kiosk.Companion.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Companion.Tests.Storage;

/// <summary>The migrations on both databases: applied once, recorded, idempotent on restart.</summary>
public abstract class SchemaMigratorTests(StorageKind storage) : IAsyncLifetime
{
    private CompanionEnvironment _companion = null!;

    public async Task InitializeAsync() => _companion = await CompanionEnvironment.StartAsync(storage, BrokerKind.Embedded);

    public async Task DisposeAsync() => await _companion.DisposeAsync();

    [Fact]
    public async Task Start_up_applied_every_migration_once_and_a_second_run_applies_none()
    {
        var migrator = _companion.Services.GetRequiredService<SchemaMigrator>();
        var database = _companion.Services.GetRequiredService<CompanionDatabase>();

        var appliedAgain = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(0, appliedAgain);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version")).ToList();
        Assert.Equal(1L, versions[0]);
        Assert.Equal(versions.Distinct().Count(), versions.Count);
        Assert.Equal(storage == StorageKind.Sqlite ? SqlDialect.Sqlite : SqlDialect.PostgreSql, database.Dialect);
        foreach (var table in new[] { "groups", "kiosks", "report_batches", "usage_counters", "rejected_messages", "api_tokens" })
        {
            Assert.Equal(0L, await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE 1 = 0"));
        }
    }

    [Fact]
    public async Task A_restart_on_the_same_database_keeps_its_data()
    {
        await _companion.ProvisionKioskAsync("kiosk-keep", "school-a");

        await _companion.RestartAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await _companion.Api.GetAsync("/api/kiosks/kiosk-keep")).StatusCode);
    }
}

public sealed class SchemaMigratorSqliteTests() : SchemaMigratorTests(StorageKind.Sqlite);

public sealed class SchemaMigratorPostgresTests() : SchemaMigratorTests(StorageKind.PostgreSql);
