using Kiosk.Firmware.Content;
using Kiosk.Firmware.Tests.Devices;
using Kiosk.Firmware.Tests.Fixtures;

namespace Kiosk.Firmware.Tests.Content;

public sealed class ContentStoreTests : IDisposable
{
    private readonly TestProgram _program = new();

    public void Dispose() => _program.Dispose();

    [Fact]
    public void A_damaged_active_slot_falls_back_to_the_other_verified_slot_at_boot()
    {
        var flash = new MemoryFileSystem();
        var v1 = _program.Bundle("lessons-en", 1, "en", dataBytes: 1500);
        var v2 = _program.Bundle("lessons-en", 2, "en", dataBytes: 1500);
        var store = Install(flash, v1);
        Install(flash, v2, store);
        var active = store.Find("en")!;
        Assert.Equal(2UL, active.Version);

        var path = $"content/en/{(active.Slot == 0 ? "a" : "b")}.kbd";
        var damaged = flash.ReadAll(path)!;
        damaged[BundleLayoutSignatureByte(damaged)] ^= 0x01;
        flash.WriteAll(path, damaged);

        var rebooted = new ContentStore(flash, _program.PublicKey, TestProgram.Profile);
        rebooted.Boot();
        Assert.Equal(1UL, rebooted.Find("en")!.Version);
    }

    [Fact]
    public void Content_for_another_profile_or_a_manifest_that_does_not_match_the_catalog_is_refused()
    {
        var flash = new MemoryFileSystem();
        var store = new ContentStore(flash, _program.PublicKey, "480x320");
        var bundle = _program.Bundle("lessons-en", 1, "en");
        Assert.Throws<ContentRejectedException>(() => store.BeginInstall(TestProgram.EntryFor(bundle), TestProgram.SignedManifestOf(bundle)));

        var other = _program.Bundle("lessons-th", 1, "th");
        var matching = new ContentStore(flash, _program.PublicKey, TestProgram.Profile);
        var rejected = Assert.Throws<ContentRejectedException>(() => matching.BeginInstall(TestProgram.EntryFor(bundle), TestProgram.SignedManifestOf(other)));
        Assert.Equal(Kiosk.Protocol.Messages.SyncFailureReason.HashMismatch, rejected.Reason);
        Assert.Empty(matching.Active);
    }

    private ContentStore Install(MemoryFileSystem flash, byte[] bundle, ContentStore? store = null)
    {
        if (store is null)
        {
            store = new ContentStore(flash, _program.PublicKey, TestProgram.Profile);
            store.Boot();
        }
        var install = store.BeginInstall(TestProgram.EntryFor(bundle), TestProgram.SignedManifestOf(bundle));
        var data = bundle[(bundle.Length - install.Manifest.DataLength)..];
        for (var i = 0; i < install.ChunkCount; i++)
        {
            var start = i * install.Manifest.ChunkSize;
            var chunk = data[start..Math.Min(data.Length, start + install.Manifest.ChunkSize)];
            Assert.True(install.AcceptChunk(i, chunk, 0, chunk.Length));
        }
        install.Commit();
        return store;
    }

    /// <summary>A byte inside the COSE signature (the last 64 bytes of the signed manifest).</summary>
    private static int BundleLayoutSignatureByte(byte[] bundle) =>
        Kiosk.Protocol.Bundles.BundleLayout.HeaderSize + TestProgram.SignedManifestOf(bundle).Length - 10;
}
