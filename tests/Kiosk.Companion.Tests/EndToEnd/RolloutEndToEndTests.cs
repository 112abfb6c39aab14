using System.Net;
using System.Net.Http.Json;
using Kiosk.Companion.Content;
using Kiosk.Companion.Reports;
using Kiosk.Companion.Rollout;
using Kiosk.Companion.Tests.Infrastructure;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Messages;
using Kiosk.Simulator.Mqtt;

namespace Kiosk.Companion.Tests.EndToEnd;

/// <summary>
/// Virtual kiosks running the real firmware core receive content through the companion's
/// catalogs and chunk service, per storage and broker: staged rollout, self-halt on damaged
/// chunks, pin and rollback, resume after a cut, and usage reports on the way back.
/// </summary>
public abstract class RolloutEndToEndTests(StorageKind storage, BrokerKind broker) : IAsyncLifetime
{
    private RolloutRig _rig = null!;

    public async Task InitializeAsync() => _rig = await RolloutRig.StartAsync(storage, broker);

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Kiosks_get_a_staged_rollout_canary_first_then_report_usage()
    {
        Assert.Equal(HttpStatusCode.Created, (await _rig.ImportAsync(_rig.Bundle(1))).StatusCode);
        var canary = await _rig.StartKioskAsync("canary-1", "school-canary");
        var waveA = await _rig.StartKioskAsync("wave-a", "school-wave");
        var waveB = await _rig.StartKioskAsync("wave-b", "school-wave");

        var started = await _rig.StartRolloutAsync(1, 20, ["school-canary"], ["school-wave"]);
        var done = await _rig.WaitForRolloutAsync(started.Rollout.Id, RolloutState.Completed);

        Assert.Equal(["canary-1", "wave-a", "wave-b"], done.Kiosks.Select(k => k.KioskId).Order());
        Assert.All(done.Kiosks, k => Assert.Equal(KioskRolloutState.Installed, k.State));
        Assert.Equal(0, done.Kiosks.Single(k => k.KioskId == "canary-1").Stage);
        Assert.All(done.Kiosks.Where(k => k.GroupId == "school-wave"), k => Assert.Equal(1, k.Stage));
        foreach (var kiosk in new[] { canary, waveA, waveB })
        {
            Assert.Equal(1u, await RolloutRig.InstalledVersionAsync(kiosk));
            kiosk.Invoke(node =>
            {
                for (var i = 0; i < 4; i++)
                {
                    node.Usage.Record("privacy-1", "en", Audience.Child, AgeBand.From9To12, UsageEvent.LessonOpened, -1);
                }
                node.Reports.CutAndSend();
                return true;
            });
        }

        await RolloutRig.UntilAsync(async () =>
        {
            var table = await _rig.Companion.Api.GetFromJsonAsync<UsageTable>("/api/reports/usage?by=lesson", Json.Options);
            return table!.Rows.Count == 1 && table.Rows[0].LessonOpened.Value == 12;
        }, "12 lesson openings in the usage report");
        Assert.All(new[] { canary, waveA, waveB }, kiosk => Assert.Null(kiosk.LastError));
    }

    [Fact]
    public async Task A_rollout_whose_chunks_arrive_damaged_halts_itself_and_kiosks_keep_the_old_version()
    {
        Assert.Equal(HttpStatusCode.Created, (await _rig.ImportAsync(_rig.Bundle(1))).StatusCode);
        var kiosks = new[] { await _rig.StartKioskAsync("halt-1", "school-h"), await _rig.StartKioskAsync("halt-2", "school-h") };
        var first = await _rig.StartRolloutAsync(1, 20, ["school-h"]);
        await _rig.WaitForRolloutAsync(first.Rollout.Id, RolloutState.Completed);
        var good = _rig.Bundle(2);
        var damaged = (byte[])good.Clone();
        damaged[^10] ^= 0x5A;
        await _rig.StoreUncheckedAsync(good, damaged);
        await _rig.Companion.CreateGroupAsync("school-later");

        var second = await _rig.StartRolloutAsync(2, 20, ["school-h"], ["school-later"]);
        var halted = await _rig.WaitForRolloutAsync(second.Rollout.Id, RolloutState.Halted);

        Assert.Equal(0, halted.Rollout.CurrentStage);
        Assert.Contains("kiosks failed", halted.Rollout.Reason);
        Assert.Contains(halted.Kiosks, k => k.State == KioskRolloutState.Failed && k.Reason!.Contains(nameof(SyncFailureReason.HashMismatch)));
        Assert.DoesNotContain(halted.Kiosks, k => k.GroupId == "school-later");
        foreach (var kiosk in kiosks)
        {
            Assert.Equal(1u, await RolloutRig.InstalledVersionAsync(kiosk));
        }
    }

    [Fact]
    public async Task Pinning_an_older_version_rolls_kiosks_back_and_unpinning_keeps_it()
    {
        Assert.Equal(HttpStatusCode.Created, (await _rig.ImportAsync(_rig.Bundle(1))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _rig.ImportAsync(_rig.Bundle(2))).StatusCode);
        var kiosk = await _rig.StartKioskAsync("pin-1", "school-p");
        var rollout = await _rig.StartRolloutAsync(2, 20, ["school-p"]);
        await _rig.WaitForRolloutAsync(rollout.Rollout.Id, RolloutState.Completed);
        Assert.Equal(2u, await RolloutRig.InstalledVersionAsync(kiosk));

        var pinned = await _rig.Companion.Api.PutAsJsonAsync("/api/catalogs/school-p", new PublishCatalogRequest(1, Pinned: true), Json.Options);
        pinned.EnsureSuccessStatusCode();
        await RolloutRig.UntilAsync(async () => await RolloutRig.InstalledVersionAsync(kiosk) == 1u, "kiosk rolled back to version 1");

        var blocked = await _rig.StartRolloutAsync(2, 20, ["school-p"]);
        var settled = await _rig.WaitForRolloutAsync(blocked.Rollout.Id, RolloutState.Completed);
        Assert.Empty(settled.Kiosks);
        var unpinned = await _rig.Companion.Api.DeleteAsync("/api/catalogs/school-p/pin");
        var catalog = await unpinned.Content.ReadFromJsonAsync<GroupCatalog>(Json.Options);
        Assert.Equal(0, catalog!.Pinned);
        Assert.Equal(1, catalog.ReleaseVersion);
        Assert.Equal(1u, await RolloutRig.InstalledVersionAsync(kiosk));
    }

    [Fact]
    public async Task A_transfer_cut_halfway_resumes_from_the_last_verified_chunk()
    {
        // 400 chunks of 256 bytes: long enough to cut in the middle.
        Assert.Equal(HttpStatusCode.Created, (await _rig.ImportAsync(_rig.Bundle(1, dataBytes: 400 * 256))).StatusCode);
        var kiosk = await _rig.StartKioskAsync("cut-1", "school-cut");
        await _rig.Companion.Api.PutAsJsonAsync("/api/catalogs/school-cut", new PublishCatalogRequest(1, Pinned: false), Json.Options);
        await RolloutRig.UntilAsync(() => Task.FromResult(kiosk.Invoke(n => n.Sync.Status.ChunksDone) >= 40), "40 chunks verified");

        await ((MqttNetLink)kiosk.Link).DropConnectionAsync();
        var doneAtCut = kiosk.Invoke(n => n.Sync.Status.ChunksDone);
        await RolloutRig.UntilAsync(() => Task.FromResult(kiosk.Link.IsConnected), "reconnected");
        var doneAfter = kiosk.Invoke(n => n.Sync.Status.ChunksDone);
        await RolloutRig.UntilAsync(async () => await RolloutRig.InstalledVersionAsync(kiosk) == 1u, "bundle installed after the cut");

        Assert.True(doneAtCut < 400, $"the cut came after the transfer ended ({doneAtCut})");
        Assert.True(doneAfter >= doneAtCut, $"progress went back from {doneAtCut} to {doneAfter}");
    }

    [Fact]
    public async Task Importing_checks_signature_and_chunks_before_storing()
    {
        using var stranger = Kiosk.Signing.ProgramKey.Generate();
        var foreign = await _rig.ImportAsync(_rig.Bundle(5, signer: stranger));
        var damaged = _rig.Bundle(6);
        damaged[^1] ^= 1;
        var broken = await _rig.ImportAsync(damaged);
        var good = await _rig.ImportAsync(_rig.Bundle(7));
        var again = await _rig.ImportAsync(_rig.Bundle(7));

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("program key", await foreign.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("hash", await broken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var stored = await _rig.Companion.Api.GetFromJsonAsync<List<StoredBundle>>("/api/bundles", Json.Options);
        var only = Assert.Single(stored!);
        Assert.Equal(7, only.Version);
        Assert.Equal(BundleLayout.HeaderSize, _rig.Bundle(7).Length - only.SizeBytes);
    }
}

public sealed class RolloutSqliteEmbeddedTests() : RolloutEndToEndTests(StorageKind.Sqlite, BrokerKind.Embedded);

public sealed class RolloutPostgresMosquittoTests() : RolloutEndToEndTests(StorageKind.PostgreSql, BrokerKind.Mosquitto);
