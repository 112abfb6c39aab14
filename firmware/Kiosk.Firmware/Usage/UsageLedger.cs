using System;
using System.Collections;
using System.IO;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Storage;
using Kiosk.Protocol.Crypto;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Usage;

/// <summary>
/// Usage counters from event to acknowledged batch, all on flash. Events add to open counters
/// (per UTC hour, lesson, language, audience, age band, event and question); cutting seals them
/// into a <see cref="UsageReport"/> with the next sequence number, stored as its own file until
/// the companion acknowledges that sequence. Each active (hour, lesson, language, audience, age
/// band) cell also carries one HelpShown bit, randomized when the batch is sealed
/// (docs/protocol.md). A sealed batch never changes, so a re-send carries
/// the same sequence and content. Unacknowledged batches stay within a byte budget; beyond it
/// the oldest are dropped and their counter count reported in the next batch.
/// <code>
/// usage/state.0, state.1   next sequence, dropped count, open counters, local totals (DurableRecord)
/// usage/{sequence}.rep     a sealed batch: the encoded UsageReport, then its SHA-256
/// </code>
/// A batch file is written before the state that names its sequence as sealed, so a cut in
/// between leaves an orphan that the next boot deletes and the counters still open.
/// </summary>
public sealed class UsageLedger
{
    public const string Folder = "usage";
    private const string BatchSuffix = ".rep";

    private readonly IFileSystem _fileSystem;
    private readonly IClock _clock;
    private readonly UsageLimits _limits;
    private readonly RandomizedResponse _help;
    private readonly DurableRecord _record;
    private readonly ArrayList _pending = new ArrayList();
    private readonly ArrayList _pendingSizes = new ArrayList();
    private UsageState _state = new UsageState();
    private long _pendingBytes;

    public UsageLedger(IFileSystem fileSystem, IClock clock, Random random, UsageLimits limits)
    {
        _fileSystem = fileSystem;
        _clock = clock;
        _limits = limits == null ? new UsageLimits() : limits;
        _help = new RandomizedResponse(random, _limits.HelpTruthPercent);
        _record = new DurableRecord(fileSystem, Folder + "/state");
    }

    public int OpenCellCount
    {
        get { return _state.Cells.Count; }
    }

    /// <summary>Counters discarded since the last batch was cut.</summary>
    public ulong DroppedCount
    {
        get { return _state.DroppedCount; }
    }

    public int PendingCount
    {
        get { return _pending.Count; }
    }

    public LocalTotals Totals
    {
        get { return _state.Totals; }
    }

    public uint Today
    {
        get { return HourBuckets.DayOf(_clock.UtcNow); }
    }

    public void Load()
    {
        byte[] body = _record.Read();
        _state = body == null ? new UsageState() : UsageStateCodec.Decode(body);
        _pending.Clear();
        _pendingSizes.Clear();
        _pendingBytes = 0;
        string[] names = _fileSystem.List(Folder);
        for (int i = 0; i < names.Length; i++)
        {
            ulong sequence;
            if (!names[i].EndsWith(BatchSuffix) || !ulong.TryParse(names[i].Substring(0, names[i].Length - BatchSuffix.Length), out sequence))
            {
                continue;
            }

            if (sequence >= _state.NextSequence)
            {
                _fileSystem.Delete(BatchPath(sequence));
            }
            else if (ReadBatch(sequence) == null)
            {
                // Damaged on the medium after it was sealed: its size in counters is unknown.
                _fileSystem.Delete(BatchPath(sequence));
                _state.DroppedCount++;
            }
            else
            {
                AddPending(sequence, _fileSystem.Length(BatchPath(sequence)));
            }
        }
    }

    /// <summary>
    /// Counts one event now. Every event also opens the cell's HelpShown counter, which holds
    /// the truth (help shown in this cell or not) until the batch is sealed and the bit is
    /// randomized. Malformed keys are ignored: a screen bug must not stop reporting.
    /// </summary>
    public void Record(string lessonId, string language, Audience audience, AgeBand ageBand, UsageEvent usageEvent, int questionIndex)
    {
        if (!CounterKeyRules.IsLessonId(lessonId) || !CounterKeyRules.IsLanguage(language) || questionIndex < -1 || questionIndex > 255)
        {
            return;
        }

        uint hour = HourBuckets.HourOf(_clock.UtcNow);
        UsageCell help = Cell(hour, lessonId, language, audience, ageBand, UsageEvent.HelpShown, -1);
        if (usageEvent == UsageEvent.HelpShown)
        {
            help.Count = 1;
        }
        else
        {
            Cell(hour, lessonId, language, audience, ageBand, usageEvent, questionIndex).Count++;
            _state.Totals.Add(hour / 24, usageEvent);
        }

        if (_state.Cells.Count >= _limits.MaxOpenCells)
        {
            CutBatch();
        }
        else
        {
            Save();
        }
    }

    /// <summary>
    /// Seals the open counters (and any dropped count) into the next batch; null when there is
    /// nothing to report or the batch could not be stored (then its counters count as dropped).
    /// </summary>
    public UsageReport CutBatch()
    {
        if (_state.Cells.Count == 0 && _state.DroppedCount == 0)
        {
            return null;
        }

        // Randomized once: a batch is re-encoded below but never re-drawn.
        UsageReport report = BuildReport();
        byte[] file = Seal(report);
        if (MakeRoom(file.Length))
        {
            Save();
            report.DroppedCount = _state.DroppedCount;
            file = Seal(report);
        }

        if (file.Length > _limits.BatchBudgetBytes || !TryWrite(BatchPath(_state.NextSequence), file))
        {
            _state.DroppedCount += (ulong)_state.Cells.Count;
            _state.Cells.Clear();
            Save();
            return null;
        }

        AddPending(_state.NextSequence, file.Length);
        uint today = HourBuckets.DayOf(_clock.UtcNow);
        for (int i = 0; i < report.Counters.Length; i++)
        {
            if (report.Counters[i].Event == UsageEvent.HelpShown && report.Counters[i].Count == 1)
            {
                // The teacher sees the same randomized bits the companion gets, never the truth.
                _state.Totals.Add(today, UsageEvent.HelpShown);
            }
        }

        _state.NextSequence++;
        _state.DroppedCount = 0;
        _state.Cells.Clear();
        Save();
        return report;
    }

    /// <summary>Sequences sealed and not yet acknowledged, oldest first.</summary>
    public ulong[] PendingSequences()
    {
        var sequences = new ulong[_pending.Count];
        for (int i = 0; i < sequences.Length; i++)
        {
            sequences[i] = (ulong)_pending[i];
        }

        return sequences;
    }

    /// <summary>The encoded batch exactly as sealed, or null when it is gone or damaged.</summary>
    public byte[] ReadBatch(ulong sequence)
    {
        byte[] file = _fileSystem.ReadAll(BatchPath(sequence));
        if (file == null || file.Length <= Sha256.HashSize)
        {
            return null;
        }

        int length = file.Length - Sha256.HashSize;
        byte[] digest = Sha256.Hash(file, 0, length);
        if (!ConstantTime.Equal(digest, 0, file, length, Sha256.HashSize))
        {
            return null;
        }

        var report = new byte[length];
        Array.Copy(file, report, length);
        return report;
    }

    /// <summary>The companion has stored (or refused for good) this batch: forget it.</summary>
    public void Acknowledge(ulong sequence)
    {
        int index = IndexOf(sequence);
        if (index < 0)
        {
            return;
        }

        _fileSystem.Delete(BatchPath(sequence));
        _pendingBytes -= (long)_pendingSizes[index];
        _pending.RemoveAt(index);
        _pendingSizes.RemoveAt(index);
    }

    private UsageReport BuildReport()
    {
        var report = new UsageReport();
        report.Sequence = _state.NextSequence;
        report.DroppedCount = _state.DroppedCount;
        report.Counters = new UsageCounter[_state.Cells.Count];
        for (int i = 0; i < report.Counters.Length; i++)
        {
            UsageCounter counter = ((UsageCell)_state.Cells[i]).ToCounter();
            if (counter.Event == UsageEvent.HelpShown)
            {
                counter.Count = _help.Answer(counter.Count == 1) ? 1u : 0u;
                report.HelpTruthPercent = _help.TruthPercent;
            }

            report.Counters[i] = counter;
        }

        return report;
    }

    private UsageCell Cell(uint hour, string lessonId, string language, Audience audience, AgeBand ageBand, UsageEvent usageEvent, int questionIndex)
    {
        for (int i = 0; i < _state.Cells.Count; i++)
        {
            var candidate = (UsageCell)_state.Cells[i];
            if (candidate.HasKey(hour, lessonId, language, audience, ageBand, usageEvent, questionIndex))
            {
                return candidate;
            }
        }

        var cell = new UsageCell();
        cell.HourBucket = hour;
        cell.LessonId = lessonId;
        cell.Language = language;
        cell.Audience = audience;
        cell.AgeBand = ageBand;
        cell.Event = usageEvent;
        cell.QuestionIndex = questionIndex;
        _state.Cells.Add(cell);
        return cell;
    }

    private static byte[] Seal(UsageReport report)
    {
        byte[] encoded = UsageReportCodec.Encode(report);
        var file = new byte[encoded.Length + Sha256.HashSize];
        Array.Copy(encoded, file, encoded.Length);
        byte[] digest = Sha256.Hash(encoded);
        Array.Copy(digest, 0, file, encoded.Length, Sha256.HashSize);
        return file;
    }

    /// <summary>Drops the oldest batches until <paramref name="size"/> more bytes fit; true if any went.</summary>
    private bool MakeRoom(int size)
    {
        bool dropped = false;
        while (_pending.Count > 0 && _pendingBytes + size > _limits.BatchBudgetBytes)
        {
            var oldest = (ulong)_pending[0];
            _state.DroppedCount += DroppedWith(oldest);
            Acknowledge(oldest);
            dropped = true;
        }

        return dropped;
    }

    /// <summary>What dropping a batch loses: its counters and the drops it was carrying.</summary>
    private ulong DroppedWith(ulong sequence)
    {
        byte[] encoded = ReadBatch(sequence);
        if (encoded == null)
        {
            return 1;
        }

        try
        {
            UsageReport report = UsageReportCodec.Decode(encoded, 0, encoded.Length);
            return (ulong)report.Counters.Length + report.DroppedCount;
        }
        catch (Kiosk.Protocol.ProtocolDecodeException)
        {
            return 1;
        }
    }

    private bool TryWrite(string path, byte[] file)
    {
        try
        {
            _fileSystem.WriteAll(path, file);
            _fileSystem.Flush();
            return true;
        }
        catch (IOException)
        {
            _fileSystem.Delete(path);
            return false;
        }
    }

    private int IndexOf(ulong sequence)
    {
        for (int i = 0; i < _pending.Count; i++)
        {
            if ((ulong)_pending[i] == sequence)
            {
                return i;
            }
        }

        return -1;
    }

    private void AddPending(ulong sequence, long size)
    {
        int index = 0;
        while (index < _pending.Count && (ulong)_pending[index] < sequence)
        {
            index++;
        }

        _pending.Insert(index, sequence);
        _pendingSizes.Insert(index, size);
        _pendingBytes += size;
    }

    private void Save()
    {
        try
        {
            _record.Write(UsageStateCodec.Encode(_state));
        }
        catch (IOException)
        {
            // Flash full: counting goes on in memory and is saved with the next change that fits.
        }
    }

    private static string BatchPath(ulong sequence)
    {
        return Folder + "/" + sequence.ToString() + BatchSuffix;
    }
}
