using Npgsql;

namespace Kiosk.Companion.Tests.Infrastructure;

/// <summary>A throw-away database, dropped on dispose.</summary>
public sealed class PostgresDatabase(string name, string connectionString) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = await PostgresServer.OpenAdminAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                // FORCE may not end a session of another role: an autovacuum worker that just
                // started on the fresh database. It finishes within moments.
                await Task.Delay(250);
            }
        }
    }
}
