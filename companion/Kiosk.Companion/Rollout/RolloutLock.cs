using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Kiosk.Companion.Storage;

namespace Kiosk.Companion.Rollout;

/// <summary>
/// Makes rollout work on one rollout run one at a time across every companion instance that
/// shares the database. PostgreSQL: a session advisory lock on a connection held for the work
/// (released explicitly, and by PostgreSQL if the instance dies). SQLite serves one instance, so an
/// in-process lock per rollout is the whole story there.
/// </summary>
public sealed class RolloutLock(CompanionDatabase database)
{
    // First key of the two-part advisory lock: this lock family's own space ("roll").
    private const int LockSpace = 0x726f6c6c;

    /// <summary>The key rollout starts take, so two instances cannot both find the same groups free.</summary>
    public const string StartKey = "rollout-start";

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _local = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        if (database.Dialect != SqlDialect.PostgreSql)
        {
            var gate = _local.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync(cancellationToken);
            return new LocalHold(gate);
        }

        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_lock(@space, @id)", new { space = LockSpace, id = KeyOf(key) }, cancellationToken: cancellationToken));
            return new AdvisoryHold(connection, KeyOf(key));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // A stable 32-bit id for the key; two keys sharing one only wait for each other needlessly.
    private static int KeyOf(string key) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);

    private sealed class LocalHold(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class AdvisoryHold(System.Data.Common.DbConnection connection, int id) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // Pooled connections outlive the session's use here, so the lock must be given back.
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@space, @id)", new { space = LockSpace, id });
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
