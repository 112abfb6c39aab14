using Kiosk.Firmware.Storage;
using Kiosk.Firmware.Tests.Devices;

namespace Kiosk.Firmware.Tests.Storage;

public sealed class DurableRecordTests
{
    [Fact]
    public void A_cut_during_any_write_leaves_the_previous_or_the_new_body()
    {
        var random = new Random(4);
        for (var trial = 0; trial < 300; trial++)
        {
            var flash = new MemoryFileSystem();
            var record = new DurableRecord(flash, "state");
            var writes = random.Next(1, 6);
            for (var i = 0; i < writes; i++)
            {
                record.Write(Body(i));
            }
            flash.CutPowerAfter(random.Next(0, 2), random);
            Assert.Throws<PowerCutException>(() =>
            {
                for (var i = writes; i < writes + 3; i++)
                {
                    record.Write(Body(i));
                }
            });

            var survived = new DurableRecord(flash.Reboot(), "state").Read();
            Assert.NotNull(survived);
            var index = survived[0];
            Assert.InRange(index, writes - 1, writes + 1);
            Assert.Equal(Body(index), survived);
        }
    }

    [Fact]
    public void A_damaged_copy_is_ignored_and_erase_removes_both()
    {
        var flash = new MemoryFileSystem();
        var record = new DurableRecord(flash, "state");
        record.Write(Body(1));
        record.Write(Body(2));
        var newest = flash.ReadAll("state.1")!;
        newest[14] ^= 0x40;
        flash.WriteAll("state.1", newest);

        Assert.Equal(Body(1), new DurableRecord(flash, "state").Read());

        record.Erase();
        Assert.Null(new DurableRecord(flash, "state").Read());
        Assert.Empty(flash.Paths());
    }

    private static byte[] Body(int index) => [(byte)index, .. Enumerable.Repeat((byte)(index * 7), 20 + index)];
}
