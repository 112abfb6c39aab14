using Kiosk.Firmware.Tests.Devices;
using Kiosk.Firmware.Tests.Fixtures;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Kiosk.Signing;

namespace Kiosk.Firmware.Tests.Sync;

public sealed class BundleSyncTests : IDisposable
{
    private readonly TestProgram _program = new();

    public void Dispose() => _program.Dispose();

    [Fact]
    public void Installs_every_language_of_the_kiosk_profile_and_reports_it_in_the_status()
    {
        var en = _program.Bundle("lessons-en", 3, "en");
        var th = _program.Bundle("lessons-th", 5, "th");
        var rig = new KioskRig(_program, new MemoryFileSystem());
        rig.Server.Add(en);
        rig.Server.Add(th);
        var otherProfile = TestProgram.EntryFor(en);
        otherProfile.ProfileId = "480x320";
        otherProfile.BundleId = "lessons-en-large";
        rig.BootOnline(_program.Catalog(1, TestProgram.EntryFor(en), otherProfile, TestProgram.EntryFor(th)));

        Assert.True(rig.RunUntil(() => rig.Node.Content.Active.Length == 2 && !rig.Node.Sync.IsBusy));
        Assert.Equal(3UL, rig.Node.Content.Find("en")!.Version);
        Assert.Equal(5UL, rig.Node.Content.Find("th")!.Version);
        Assert.DoesNotContain(rig.Server.Requests, request => request.BundleId == "lessons-en-large");
        var status = LastStatus(rig);
        Assert.Equal(KioskState.Online, status.State);
        Assert.Equal(1UL, status.CatalogSerial);
        Assert.Equal(["lessons-en@3", "lessons-th@5"], status.InstalledBundles.Select(b => $"{b.BundleId}@{b.Version}").Order());
        Assert.Equal(SyncState.Idle, status.Sync.State);
    }

    [Fact]
    public void A_tampered_chunk_is_refused_and_the_old_content_stays()
    {
        var v1 = _program.Bundle("lessons-en", 1, "en");
        var v2 = _program.Bundle("lessons-en", 2, "en");
        var rig = Installed(v1);
        rig.Server.Add(v2);
        rig.Server.Tamper = (request, data) =>
        {
            if (request.ChunkIndex != 7)
            {
                return data;
            }
            var copy = (byte[])data.Clone();
            copy[10] ^= 0x01;
            return copy;
        };
        rig.Link.Deliver(TopicName.Catalog(TestProgram.Group), _program.Catalog(2, TestProgram.EntryFor(v2)));

        Assert.True(rig.RunUntil(() => rig.Node.Sync.Status.State == SyncState.Failed && !rig.Node.Sync.IsBusy));
        Assert.Equal(SyncFailureReason.HashMismatch, rig.Node.Sync.Status.FailureReason);
        Assert.Equal(7U, rig.Node.Sync.Status.ChunksDone);
        Assert.Equal(1UL, rig.Node.Content.Find("en")!.Version);
        Assert.Equal(SyncFailureReason.HashMismatch, LastStatus(rig).Sync.FailureReason);

        // Once the companion serves the true bytes (a new catalog), the transfer resumes at chunk 7.
        rig.Server.Tamper = null;
        rig.Server.Requests.Clear();
        rig.Link.Deliver(TopicName.Catalog(TestProgram.Group), _program.Catalog(3, TestProgram.EntryFor(v2)));
        Assert.True(rig.RunUntil(() => rig.Node.Content.Find("en")!.Version == 2));
        Assert.Equal(7U, rig.Server.Requests.First().ChunkIndex);
    }

    [Fact]
    public void A_bundle_signed_with_another_key_is_refused_before_any_data_is_asked_for()
    {
        using var intruder = ProgramKey.Generate();
        var v1 = _program.Bundle("lessons-en", 1, "en");
        var forged = _program.Bundle("lessons-en", 2, "en", signer: intruder);
        var rig = Installed(v1);
        rig.Server.Add(forged);
        rig.Server.Requests.Clear();
        rig.Link.Deliver(TopicName.Catalog(TestProgram.Group), _program.Catalog(2, TestProgram.EntryFor(forged)));

        Assert.True(rig.RunUntil(() => rig.Node.Sync.Status.State == SyncState.Failed));
        Assert.Equal(SyncFailureReason.SignatureInvalid, rig.Node.Sync.Status.FailureReason);
        Assert.All(rig.Server.Requests, request => Assert.Equal(BundlePart.Manifest, request.Part));
        Assert.Equal(1UL, rig.Node.Content.Find("en")!.Version);
    }

    [Fact]
    public void A_catalog_signed_with_another_key_or_not_newer_is_ignored()
    {
        using var intruder = ProgramKey.Generate();
        var v1 = _program.Bundle("lessons-en", 1, "en");
        var v2 = _program.Bundle("lessons-en", 2, "en");
        var rig = Installed(v1, catalogSerial: 5);
        rig.Server.Add(v2);
        rig.Server.Requests.Clear();

        rig.Link.Deliver(TopicName.Catalog(TestProgram.Group), TestProgram.Catalog(9, TestProgram.Group, intruder, TestProgram.EntryFor(v2)));
        rig.Link.Deliver(TopicName.Catalog(TestProgram.Group), _program.Catalog(5, TestProgram.EntryFor(v2)));
        rig.Link.Deliver(TopicName.Catalog(TestProgram.Group), _program.Catalog(4, TestProgram.EntryFor(v2)));
        rig.RunUntil(() => false, maxTurns: 200);

        Assert.Empty(rig.Server.Requests);
        Assert.Equal(5UL, rig.Node.Catalog.Current!.Serial);
        Assert.Equal(1UL, rig.Node.Content.Find("en")!.Version);
    }

    [Fact]
    public void An_older_version_is_refused_without_a_download()
    {
        var v1 = _program.Bundle("lessons-en", 1, "en");
        var v2 = _program.Bundle("lessons-en", 2, "en");
        var rig = Installed(v2);
        rig.Server.Add(v1);
        rig.Server.Requests.Clear();
        rig.Link.Deliver(TopicName.Catalog(TestProgram.Group), _program.Catalog(2, TestProgram.EntryFor(v1)));

        Assert.True(rig.RunUntil(() => rig.Node.Sync.Status.State == SyncState.Failed));
        Assert.Equal(SyncFailureReason.RollbackRefused, rig.Node.Sync.Status.FailureReason);
        rig.RunUntil(() => false, maxTurns: 100);
        Assert.Empty(rig.Server.Requests);
        Assert.Equal(2UL, rig.Node.Content.Find("en")!.Version);
    }

    [Fact]
    public void The_store_refuses_an_older_manifest_even_when_the_sync_is_bypassed()
    {
        var v1 = _program.Bundle("lessons-en", 1, "en");
        var v2 = _program.Bundle("lessons-en", 2, "en");
        var rig = Installed(v2);
        var rejected = Assert.Throws<Kiosk.Firmware.Content.ContentRejectedException>(
            () => rig.Node.Content.BeginInstall(TestProgram.EntryFor(v1), TestProgram.SignedManifestOf(v1)));
        Assert.Equal(SyncFailureReason.RollbackRefused, rejected.Reason);
    }

    [Fact]
    public void A_pinned_older_version_is_installed()
    {
        var v1 = _program.Bundle("lessons-en", 1, "en");
        var v2 = _program.Bundle("lessons-en", 2, "en");
        var rig = Installed(v2);
        rig.Server.Add(v1);
        rig.Link.Deliver(TopicName.Catalog(TestProgram.Group), _program.Catalog(2, TestProgram.EntryFor(v1, pinned: true)));

        Assert.True(rig.RunUntil(() => rig.Node.Content.Find("en")!.Version == 1));
        Assert.Equal(SyncState.Idle, rig.Node.Sync.Status.State);
    }

    [Fact]
    public void A_network_cut_mid_transfer_is_retried_with_backoff_and_resumes_where_it_stopped()
    {
        var v1 = _program.Bundle("lessons-en", 1, "en", dataBytes: 12000);
        var rig = new KioskRig(_program, new MemoryFileSystem());
        rig.Server.Add(v1);
        rig.BootOnline(_program.Catalog(1, TestProgram.EntryFor(v1)));
        Assert.True(rig.RunUntil(() => rig.Node.Sync.Status.ChunksDone >= 10));

        // The companion goes quiet: one outstanding request, then timeouts with growing gaps.
        rig.Server.Silent = true;
        var asked = rig.Server.Requests.Count;
        rig.RunUntil(() => false, maxTurns: 12000);
        var retries = rig.Server.Requests.Skip(asked).ToList();
        Assert.InRange(retries.Count, 3, 8);
        Assert.All(retries, request => Assert.Equal(retries[0].ChunkIndex, request.ChunkIndex));
        Assert.Equal(SyncFailureReason.Timeout, rig.Node.Sync.Status.FailureReason);

        rig.Link.Disconnect();
        rig.Server.Silent = false;
        rig.RunUntil(() => false, maxTurns: 50);
        rig.Link.Connect();
        Assert.True(rig.RunUntil(() => rig.Node.Content.Find("en")?.Version == 1, maxTurns: 40000));
        var resumedAt = rig.Server.Requests.Skip(asked).Select(request => request.ChunkIndex).Min();
        Assert.Equal(retries[0].ChunkIndex, resumedAt);
    }

    private KioskRig Installed(byte[] bundle, ulong catalogSerial = 1)
    {
        var rig = new KioskRig(_program, new MemoryFileSystem());
        rig.Server.Add(bundle);
        rig.BootOnline(_program.Catalog(catalogSerial, TestProgram.EntryFor(bundle)));
        Assert.True(rig.RunUntil(() => rig.Node.Content.Active.Length == 1 && !rig.Node.Sync.IsBusy));
        return rig;
    }

    private static KioskStatus LastStatus(KioskRig rig)
    {
        var published = rig.Link.Published.Last(message => message.Topic == TopicName.Status(TestProgram.KioskId));
        Assert.True(published.Retain);
        return KioskStatusCodec.Decode(published.Payload, 0, published.Payload.Length);
    }
}
