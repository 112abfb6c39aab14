using Kiosk.Firmware.Content;
using Kiosk.Firmware.Storage;
using Kiosk.Firmware.Tests.Devices;
using Kiosk.Firmware.Tests.Fixtures;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Messages;
using Xunit.Abstractions;

namespace Kiosk.Firmware.Tests.Content;

public sealed class PowerCutTests(ITestOutputHelper output)
{
    private const int Trials = 220;

    [Fact]
    public void An_update_cut_anywhere_boots_on_old_or_new_verified_content_and_completes_after_reboot()
    {
        using var program = new TestProgram();
        var v1 = program.Bundle("lessons-en", 1, "en");
        var v2 = program.Bundle("lessons-en", 2, "en");
        var catalog1 = program.Catalog(1, TestProgram.EntryFor(v1));
        var catalog2 = program.Catalog(2, TestProgram.EntryFor(v2));
        var chunkCount = Bundle.Open(new ByteArrayStorage(v2), program.PublicKey).Manifest.ChunkCount;

        var withV1 = new MemoryFileSystem();
        var installer = new KioskRig(program, withV1);
        installer.Server.Add(v1);
        installer.BootOnline(catalog1);
        Assert.True(installer.RunUntil(() => VersionOn(installer) == 1));

        // A clean update from the same flash tells how many operations there are to cut between.
        var probe = new KioskRig(program, withV1.Reboot());
        probe.Server.Add(v2);
        probe.BootOnline(catalog2);
        Assert.True(probe.RunUntil(() => VersionOn(probe) == 2));
        var operations = probe.Flash.Operations;

        var random = new Random(20261128);
        var sawOld = 0;
        var sawNew = 0;
        var resumedMidway = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            var flash = withV1.Reboot();
            flash.CutPowerAfter(random.Next(operations), random);
            var victim = new KioskRig(program, flash);
            victim.Server.Add(v2);
            Assert.Throws<PowerCutException>(() =>
            {
                victim.BootOnline(catalog2);
                victim.RunUntil(() => VersionOn(victim) == 2);
            });

            var survivor = flash.Reboot();
            var store = new ContentStore(survivor, program.PublicKey, TestProgram.Profile);
            store.Boot();
            var active = store.Find("en");
            Assert.NotNull(active);
            var slotBytes = survivor.ReadAll($"content/en/{(active.Slot == 0 ? "a" : "b")}.kbd");
            Assert.NotNull(slotBytes);
            Assert.True(slotBytes.AsSpan().SequenceEqual(v1) || slotBytes.AsSpan().SequenceEqual(v2), $"trial {trial}: active slot holds neither bundle");
            Bundle.Open(new ByteArrayStorage(slotBytes), program.PublicKey).VerifyAllChunks();
            Assert.Equal(slotBytes.AsSpan().SequenceEqual(v1) ? 1UL : 2UL, active.Version);
            if (active.Version == 1)
            {
                sawOld++;
            }
            else
            {
                sawNew++;
            }

            var progress = SavedProgress(survivor);
            var resumed = new KioskRig(program, survivor, seed: trial);
            resumed.Server.Add(v2);
            resumed.BootOnline(catalog2);
            Assert.True(resumed.RunUntil(() => VersionOn(resumed) == 2), $"trial {trial}: update did not complete after reboot");
            var dataRequests = resumed.Server.Requests.Where(request => request.Part == BundlePart.Data).ToList();
            Assert.True(dataRequests.Count <= chunkCount);
            if (progress > 0 && progress < chunkCount && active.Version == 1)
            {
                Assert.DoesNotContain(resumed.Server.Requests, request => request.Part == BundlePart.Manifest);
                Assert.Equal((uint)progress, dataRequests[0].ChunkIndex);
                resumedMidway++;
            }
        }

        output.WriteLine($"{Trials} cuts over {operations} operations: {sawOld} booted v1, {sawNew} booted v2, {resumedMidway} resumed mid-transfer");
        Assert.True(sawOld > 0 && sawNew > 0, $"old {sawOld}, new {sawNew}: the cuts missed one side of the switch");
        Assert.True(resumedMidway > Trials / 4, $"only {resumedMidway} trials resumed mid-transfer");
    }

    private static ulong VersionOn(KioskRig rig) => rig.Node.Content.Find("en")?.Version ?? 0;

    private static int SavedProgress(MemoryFileSystem flash)
    {
        var body = new DurableRecord(flash, "content/en/progress").Read();
        if (body is null)
        {
            return 0;
        }
        InstallProgressCodec.Decode(body, out _, out var chunksDone, out _);
        return chunksDone;
    }
}
