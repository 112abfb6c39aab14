using Npgsql;

namespace Kiosk.Companion.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL that .ci/run starts (connection string in KIOSK_TEST_POSTGRES, defaulting to the
/// role and database .ci/run creates). Each test gets a database of its own. A server that cannot
/// be reached fails the test: PostgreSQL support is not optional.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "KIOSK_TEST_POSTGRES";

    private const string Default = "Host=127.0.0.1;Port=5432;Username=kiosk;Password=kiosk;Database=kiosk";

    public static string AdminConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) ?? Default;

    public static async Task<PostgresDatabase> CreateDatabaseAsync()
    {
        var name = "kiosk_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = await OpenAdminAsync())
        await using (var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection))
        {
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true };
        return new PostgresDatabase(name, builder.ConnectionString);
    }

    internal static async Task<NpgsqlConnection> OpenAdminAsync()
    {
        var connection = new NpgsqlConnection(AdminConnectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception error)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                $"PostgreSQL is required for these tests and was not reachable with {EnvironmentVariable} " +
                $"('{AdminConnectionString}'). .ci/run installs and starts it.", error);
        }
        return connection;
    }
}
