using Kiosk.Companion.Rollout;
using Kiosk.Companion.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Companion.Tests.Rollout;

/// <summary>Two companion instances on one PostgreSQL database never work on the same rollout at once.</summary>
public sealed class RolloutLockTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private CompanionEnvironment _first = null!;
    private CompanionEnvironment _second = null!;

    public async Task InitializeAsync()
    {
        _first = await CompanionEnvironment.StartAsync(StorageKind.PostgreSql, BrokerKind.Embedded);
        _second = await CompanionEnvironment.StartAsync(StorageKind.Sqlite, BrokerKind.Embedded, new Dictionary<string, string>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = _first.PostgresConnectionString!,
        });
    }

    public async Task DisposeAsync()
    {
        // The first instance owns the database; it goes last.
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_rollout_held_by_one_instance_waits_in_the_other_while_other_rollouts_do_not()
    {
        var first = _first.Services.GetRequiredService<RolloutLock>();
        var second = _second.Services.GetRequiredService<RolloutLock>();

        var held = await first.AcquireAsync("r-shared", CancellationToken.None);
        var waiting = second.AcquireAsync("r-shared", CancellationToken.None);
        await using (await second.AcquireAsync("r-other", CancellationToken.None).WaitAsync(Patience))
        {
        }
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await using (await waiting.WaitAsync(Patience))
        {
            // Given back again, the first instance can take it once more after this block.
        }
        await using (await first.AcquireAsync("r-shared", CancellationToken.None).WaitAsync(Patience))
        {
        }
    }

    [Fact]
    public async Task Two_instances_halting_the_same_rollout_at_once_halt_it_exactly_once()
    {
        var store = _first.Services.GetRequiredService<RolloutStore>();
        var trackers = new[] { _first.Services.GetRequiredService<RolloutTracker>(), _second.Services.GetRequiredService<RolloutTracker>() };

        for (var round = 0; round < 5; round++)
        {
            var id = $"r-race-{round}";
            await store.InsertAsync(new RolloutRecord
            {
                Id = id,
                Version = 7,
                State = nameof(RolloutState.Running),
                Stages = """[["school-a"]]""",
                FailurePercent = 20,
                CreatedAt = 1,
                UpdatedAt = 1,
            }, CancellationToken.None);

            var attempts = await Task.WhenAll(trackers.Select(t => Task.Run(async () =>
            {
                try
                {
                    return await t.HaltAsync(id, "race", CancellationToken.None) is not null;
                }
                catch (RolloutException)
                {
                    // "only a running rollout can be halted": the other instance was first.
                    return false;
                }
            })));

            Assert.Equal(1, attempts.Count(halted => halted));
            Assert.Equal(nameof(RolloutState.Halted), (await store.FindAsync(id, CancellationToken.None))!.State);
        }
    }
}
