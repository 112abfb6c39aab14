using System;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Storage;
using Kiosk.Protocol.Cbor;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Security;

namespace Kiosk.Firmware.Teacher;

/// <summary>
/// Guards teacher mode. A typed PIN is hashed with the config's salt and iterations
/// (<see cref="PinHash"/>) and compared in constant time. After
/// <see cref="FailuresBeforeLockout"/> wrong PINs in a row the lock refuses every PIN for a
/// period that doubles with each lockout. The attempt is counted on flash before the PIN is
/// checked, so neither a reboot nor a power cut at the right moment buys extra guesses; and a
/// wall clock that was reset (no battery) cannot shorten a lockout, only restart it.
/// </summary>
public sealed class TeacherLock
{
    public const int FailuresBeforeLockout = 5;
    public const long FirstLockoutMilliseconds = 30 * 1000;
    public const long MaxLockoutMilliseconds = 24L * 60 * 60 * 1000;

    private const long TicksPerMillisecond = 10000;

    private readonly IClock _clock;
    private readonly DurableRecord _record;
    private int _failures;
    private int _lockouts;
    private long _lockedUntilTicks;
    private long _lockoutTicks;

    public TeacherLock(IFileSystem fileSystem, IClock clock)
    {
        _clock = clock;
        _record = new DurableRecord(fileSystem, "teacher/lock");
    }

    /// <summary>Wrong PINs since the last success or lockout.</summary>
    public int Failures
    {
        get { return _failures; }
    }

    public void Load()
    {
        byte[] body = _record.Read();
        if (body == null)
        {
            return;
        }

        var reader = new CborReader(body);
        reader.ReadArrayHeader();
        _failures = (int)reader.ReadUnsigned();
        _lockouts = (int)reader.ReadUnsigned();
        _lockedUntilTicks = reader.ReadInt64();
        _lockoutTicks = reader.ReadInt64();
        long now = _clock.UtcNow.Ticks;
        if (_lockedUntilTicks - now > _lockoutTicks)
        {
            // The clock went backwards (or restarted at its epoch): serve the lockout again in full.
            _lockedUntilTicks = now + _lockoutTicks;
        }
    }

    /// <summary>Milliseconds until PINs are checked again; 0 when not locked out.</summary>
    public long RemainingLockoutMilliseconds()
    {
        long remaining = _lockedUntilTicks - _clock.UtcNow.Ticks;
        return remaining > 0 ? remaining / TicksPerMillisecond : 0;
    }

    public PinCheckResult Check(string pin, KioskConfig config)
    {
        if (config == null || config.PinHash == null || config.PinSalt == null)
        {
            return PinCheckResult.NoPinConfigured;
        }

        if (RemainingLockoutMilliseconds() > 0)
        {
            return PinCheckResult.LockedOut;
        }

        _failures++;
        Save();
        if (PinHash.Matches(config.PinSalt, config.PinIterations, config.PinHash, pin))
        {
            _failures = 0;
            _lockouts = 0;
            _lockedUntilTicks = 0;
            _lockoutTicks = 0;
            Save();
            return PinCheckResult.Unlocked;
        }

        if (_failures < FailuresBeforeLockout)
        {
            return PinCheckResult.Wrong;
        }

        _failures = 0;
        _lockouts++;
        long period = FirstLockoutMilliseconds << (_lockouts - 1 < 20 ? _lockouts - 1 : 20);
        _lockoutTicks = (period < MaxLockoutMilliseconds ? period : MaxLockoutMilliseconds) * TicksPerMillisecond;
        _lockedUntilTicks = _clock.UtcNow.Ticks + _lockoutTicks;
        Save();
        return PinCheckResult.LockedOut;
    }

    private void Save()
    {
        var writer = new CborWriter(40);
        writer.WriteArrayHeader(4);
        writer.WriteUnsigned((ulong)_failures);
        writer.WriteUnsigned((ulong)_lockouts);
        writer.WriteInt64(_lockedUntilTicks);
        writer.WriteInt64(_lockoutTicks);
        _record.Write(writer.ToArray());
    }
}
