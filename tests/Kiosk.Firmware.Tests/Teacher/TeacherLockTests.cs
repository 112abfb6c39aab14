using Kiosk.Firmware.Teacher;
using Kiosk.Firmware.Tests.Devices;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Security;

namespace Kiosk.Firmware.Tests.Teacher;

public sealed class TeacherLockTests
{
    private static readonly DateTime Morning = new(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly byte[] Salt = [.. Enumerable.Range(1, 16).Select(i => (byte)i)];
    private static readonly KioskConfig Config = new() { PinSalt = Salt, PinIterations = 50, PinHash = PinHash.Compute(Salt, "2468", 50) };

    [Fact]
    public void The_right_pin_unlocks_and_a_wrong_one_does_not()
    {
        var teacherLock = Booted(new MemoryFileSystem(), new ManualClock(Morning));
        Assert.Equal(PinCheckResult.Wrong, teacherLock.Check("1357", Config));
        Assert.Equal(PinCheckResult.Unlocked, teacherLock.Check("2468", Config));
        Assert.Equal(0, teacherLock.Failures);
        Assert.Equal(PinCheckResult.NoPinConfigured, teacherLock.Check("2468", null!));
    }

    [Fact]
    public void Five_wrong_pins_lock_out_even_the_right_one_across_a_reboot_for_a_growing_period()
    {
        var flash = new MemoryFileSystem();
        var clock = new ManualClock(Morning);
        var teacherLock = Booted(flash, clock);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(PinCheckResult.Wrong, teacherLock.Check("0000", Config));
        }

        // A reboot between guesses does not reset the count.
        var afterFirstReboot = flash.Reboot();
        teacherLock = Booted(afterFirstReboot, clock);
        Assert.Equal(PinCheckResult.LockedOut, teacherLock.Check("0000", Config));
        var first = teacherLock.RemainingLockoutMilliseconds();
        Assert.True(first > 0);

        var rebooted = Booted(afterFirstReboot.Reboot(), clock);
        Assert.Equal(PinCheckResult.LockedOut, rebooted.Check("2468", Config));

        clock.Advance(first + 1);
        for (var i = 0; i < 5; i++)
        {
            rebooted.Check("1111", Config);
        }
        var second = rebooted.RemainingLockoutMilliseconds();
        Assert.True(second > first, $"second lockout {second} ms is not longer than the first {first} ms");

        clock.Advance(second + 1);
        Assert.Equal(PinCheckResult.Unlocked, rebooted.Check("2468", Config));
    }

    [Fact]
    public void A_wall_clock_reset_by_a_reboot_cannot_shorten_a_lockout()
    {
        var flash = new MemoryFileSystem();
        var clock = new ManualClock(Morning);
        var teacherLock = Booted(flash, clock);
        for (var i = 0; i < 5; i++)
        {
            teacherLock.Check("0000", Config);
        }
        var lockout = teacherLock.RemainingLockoutMilliseconds();

        var resetClock = new ManualClock(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var rebooted = Booted(flash.Reboot(), resetClock);
        Assert.Equal(PinCheckResult.LockedOut, rebooted.Check("2468", Config));
        Assert.Equal(lockout, rebooted.RemainingLockoutMilliseconds());
    }

    [Fact]
    public void A_power_cut_while_a_pin_is_checked_still_counts_the_attempt()
    {
        var flash = new MemoryFileSystem();
        var teacherLock = Booted(flash, new ManualClock(Morning));
        teacherLock.Check("0000", Config);
        flash.CutPowerAfter(1, new Random(1));
        Assert.Throws<PowerCutException>(() =>
        {
            teacherLock.Check("0001", Config);
            teacherLock.Check("0002", Config);
        });

        var rebooted = Booted(flash.Reboot(), new ManualClock(Morning));
        Assert.Equal(2, rebooted.Failures);
    }

    private static TeacherLock Booted(MemoryFileSystem flash, ManualClock clock)
    {
        var teacherLock = new TeacherLock(flash, clock);
        teacherLock.Load();
        return teacherLock;
    }
}
