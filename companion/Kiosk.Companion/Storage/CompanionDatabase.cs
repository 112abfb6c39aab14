using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kiosk.Companion.Storage;

/// <summary>
/// Opens connections to the configured database. SQLite allows one writer at a time, so writers
/// queue on an in-process gate instead of failing with SQLITE_BUSY; PostgreSQL needs no gate.
/// </summary>
public sealed class CompanionDatabase : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly NpgsqlDataSource? _postgres;
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    public CompanionDatabase(IOptions<StorageOptions> options)
    {
        var storage = options.Value;
        if (storage.Provider == StorageProvider.PostgreSql)
        {
            Dialect = SqlDialect.PostgreSql;
            _connectionString = storage.ConnectionString!;
            _postgres = NpgsqlDataSource.Create(_connectionString);
        }
        else
        {
            Dialect = SqlDialect.Sqlite;
            _connectionString = storage.ConnectionString ?? SqliteConnectionString(storage.DataFolder);
        }
    }

    public SqlDialect Dialect { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragmas = connection.CreateCommand();
        // WAL lets readers run beside the writer; FULL sync makes a commit survive power loss,
        // which is what an acknowledgement to a kiosk promises.
        pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Held around every write transaction; a no-op on PostgreSQL.</summary>
    public async Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return NoGate.Instance;
        }

        await _sqliteWriter.WaitAsync(cancellationToken);
        return new GateRelease(_sqliteWriter);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        _sqliteWriter.Dispose();
    }

    private static string SqliteConnectionString(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataFolder, "companion.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    private sealed class GateRelease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private sealed class NoGate : IDisposable
    {
        public static readonly NoGate Instance = new();

        public void Dispose()
        {
        }
    }
}
