using System;
using System.Collections;
using Kiosk.Firmware.Content;
using Kiosk.Firmware.Platform;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;

namespace Kiosk.Firmware.Sync;

/// <summary>
/// Brings the content store in line with the followed catalog, one bundle at a time and one
/// request at a time: the signed manifest first (checked against the catalog, the program key
/// and the rollback rule before any data is asked for), then the data chunks in order, each
/// hash-checked on arrival by the <see cref="ContentInstall"/> that writes it. Lost requests
/// time out and are retried with exponential backoff; a reboot or a network cut resumes from the
/// first chunk not yet verified. Driven by <see cref="Tick"/> and <see cref="OnChunkResponse"/>
/// on the kiosk's main loop.
/// </summary>
public sealed class BundleSync
{
    private readonly ContentStore _store;
    private readonly IMqttLink _link;
    private readonly IClock _clock;
    private readonly SyncTiming _timing;
    private readonly string _requestTopic;
    private readonly SyncStatus _status = new SyncStatus();
    private readonly ArrayList _refused = new ArrayList();

    private Catalog _catalog;
    private CatalogEntry _entry;
    private ContentInstall _install;
    private ArrayList _manifestChunks;
    private int _manifestBytes;
    private uint _manifestChunkCount;
    private BundlePart _part;
    private uint _index;
    private bool _outstanding;
    private long _sentAt;
    private long _nextActionAt;
    private int _failuresInRow;
    private int _mismatches;

    public BundleSync(ContentStore store, IMqttLink link, IClock clock, string kioskId, SyncTiming timing)
    {
        _store = store;
        _link = link;
        _clock = clock;
        _timing = timing == null ? new SyncTiming() : timing;
        _requestTopic = TopicName.ChunkRequest(kioskId);
    }

    /// <summary>The current transfer, or the last failure; the same object every time.</summary>
    public SyncStatus Status
    {
        get { return _status; }
    }

    /// <summary>Increases whenever the status changes in a way the companion should hear about.</summary>
    public int Revision { get; private set; }

    /// <summary>True while a bundle is being fetched or checked.</summary>
    public bool IsBusy
    {
        get { return _entry != null; }
    }

    /// <summary>Takes a newly accepted catalog; refusals under the previous one are forgotten.</summary>
    public void Follow(Catalog catalog)
    {
        _catalog = catalog;
        _refused.Clear();
        if (_entry != null && !Lists(catalog, _entry))
        {
            _entry = null;
            _install = null;
            _outstanding = false;
        }

        _nextActionAt = _clock.UptimeMilliseconds;
    }

    public void Tick()
    {
        long now = _clock.UptimeMilliseconds;
        if (_entry == null)
        {
            if (now >= _nextActionAt)
            {
                SelectNext(now);
            }

            return;
        }

        if (!_link.IsConnected)
        {
            // Whatever was in flight is lost with the connection; ask again once it is back.
            _outstanding = false;
            return;
        }

        if (_outstanding)
        {
            if (now - _sentAt >= _timing.RequestTimeoutMilliseconds)
            {
                _outstanding = false;
                Backoff(now);
                if (_failuresInRow >= _timing.TimeoutsBeforeFailed)
                {
                    SetFailed(SyncFailureReason.Timeout, "No answer to chunk requests.");
                }
            }

            return;
        }

        if (now >= _nextActionAt)
        {
            SendRequest(now);
        }
    }

    public void OnChunkResponse(ChunkResponse response)
    {
        if (!_outstanding || _entry == null || response.BundleId != _entry.BundleId || response.Version != _entry.Version
            || response.Part != _part || response.ChunkIndex != _index)
        {
            return;
        }

        _outstanding = false;
        long now = _clock.UptimeMilliseconds;
        if (response.Status == ChunkStatus.Busy)
        {
            Backoff(now);
            return;
        }

        if (response.Status != ChunkStatus.Ok || response.Data == null || response.ChunkCount == 0)
        {
            Backoff(now);
            SetFailed(SyncFailureReason.NotFound, "The companion does not have this part.");
            return;
        }

        if (_part == BundlePart.Manifest)
        {
            OnManifestChunk(response, now);
        }
        else
        {
            OnDataChunk(response, now);
        }
    }

    private void OnManifestChunk(ChunkResponse response, long now)
    {
        if (_index == 0)
        {
            _manifestChunkCount = response.ChunkCount;
        }
        else if (response.ChunkCount != _manifestChunkCount)
        {
            StartManifest();
            Backoff(now);
            return;
        }

        _manifestChunks.Add(response.Data);
        _manifestBytes += response.Data.Length;
        if (_manifestBytes > BundleLayout.MaxSignedManifestSize)
        {
            Refuse(SyncFailureReason.Other, "Signed manifest too large.");
            return;
        }

        _index++;
        _failuresInRow = 0;
        _nextActionAt = now;
        if (_index < _manifestChunkCount)
        {
            return;
        }

        try
        {
            _install = _store.BeginInstall(_entry, JoinManifest());
        }
        catch (ContentRejectedException rejected)
        {
            Refuse(rejected.Reason, rejected.Message);
            return;
        }

        _manifestChunks = null;
        _part = BundlePart.Data;
        _index = 0;
        _status.ChunksTotal = (uint)_install.ChunkCount;
        Changed();
        CompleteIfDone();
    }

    private void OnDataChunk(ChunkResponse response, long now)
    {
        if (!_install.AcceptChunk((int)_index, response.Data, 0, response.Data.Length))
        {
            _mismatches++;
            if (_mismatches >= _timing.MaxChunkMismatches)
            {
                Refuse(SyncFailureReason.HashMismatch, "Chunk " + _index + " does not match the signed manifest.");
            }
            else
            {
                Backoff(now);
            }

            return;
        }

        _mismatches = 0;
        _failuresInRow = 0;
        _nextActionAt = now;
        _index = (uint)_install.ChunksDone;
        _status.ChunksDone = _index;
        uint tenth = _status.ChunksTotal / 10;
        if (tenth > 0 && _index % tenth == 0)
        {
            // Progress reaches the companion in tenths, not with every chunk.
            Changed();
        }

        if (_status.State != SyncState.Downloading)
        {
            _status.State = SyncState.Downloading;
            _status.FailureReason = SyncFailureReason.None;
            _status.FailureText = null;
            Changed();
        }

        CompleteIfDone();
    }

    private void CompleteIfDone()
    {
        if (!_install.IsComplete)
        {
            return;
        }

        _status.State = SyncState.Verifying;
        try
        {
            _install.Commit();
        }
        catch (ContentRejectedException rejected)
        {
            // A chunk was damaged on flash after it was checked: fetch again from there.
            _index = (uint)_install.ChunksDone;
            _status.ChunksDone = _index;
            SetFailed(rejected.Reason, rejected.Message);
            return;
        }

        _entry = null;
        _install = null;
        _status.State = SyncState.Idle;
        _status.FailureReason = SyncFailureReason.None;
        _status.FailureText = null;
        Changed();
    }

    private void SelectNext(long now)
    {
        if (_catalog == null || _catalog.Entries == null)
        {
            return;
        }

        for (int i = 0; i < _catalog.Entries.Length; i++)
        {
            CatalogEntry entry = _catalog.Entries[i];
            if (entry.ProfileId != _store.ProfileId || _refused.Contains(Key(entry)))
            {
                continue;
            }

            ActiveBundle active = _store.Find(entry.Language);
            if (active != null && active.BundleId == entry.BundleId && active.Version == entry.Version)
            {
                continue;
            }

            _entry = entry;
            if (active != null && entry.Version < active.Version && !entry.Pinned)
            {
                Refuse(SyncFailureReason.RollbackRefused, "Catalog version " + entry.Version + " is older than installed " + active.Version + ".");
                continue;
            }

            Start(entry, now);
            return;
        }

        if (_status.State == SyncState.Downloading || _status.State == SyncState.Verifying)
        {
            _status.State = SyncState.Idle;
            Changed();
        }
    }

    private void Start(CatalogEntry entry, long now)
    {
        _entry = entry;
        _failuresInRow = 0;
        _mismatches = 0;
        _nextActionAt = now;
        _outstanding = false;
        _status.State = SyncState.Downloading;
        _status.BundleId = entry.BundleId;
        _status.BundleVersion = entry.Version;
        _status.FailureReason = SyncFailureReason.None;
        _status.FailureText = null;
        _install = _store.ResumeInstall(entry);
        if (_install == null)
        {
            _status.ChunksDone = 0;
            _status.ChunksTotal = 0;
            StartManifest();
        }
        else
        {
            _part = BundlePart.Data;
            _index = (uint)_install.ChunksDone;
            _status.ChunksDone = _index;
            _status.ChunksTotal = (uint)_install.ChunkCount;
        }

        Changed();
        if (_install != null)
        {
            CompleteIfDone();
        }
    }

    private void StartManifest()
    {
        _part = BundlePart.Manifest;
        _index = 0;
        _manifestChunks = new ArrayList();
        _manifestBytes = 0;
        _manifestChunkCount = 0;
    }

    private void SendRequest(long now)
    {
        var request = new ChunkRequest();
        request.BundleId = _entry.BundleId;
        request.Version = _entry.Version;
        request.Part = _part;
        request.ChunkIndex = _index;
        if (_link.Publish(_requestTopic, ChunkRequestCodec.Encode(request), MqttQos.AtMostOnce, false))
        {
            _outstanding = true;
            _sentAt = now;
        }
        else
        {
            Backoff(now);
        }
    }

    private void Backoff(long now)
    {
        _failuresInRow++;
        int shift = _failuresInRow < 16 ? _failuresInRow - 1 : 15;
        long delay = (long)_timing.BackoffBaseMilliseconds << shift;
        _nextActionAt = now + (delay < _timing.BackoffMaxMilliseconds ? delay : _timing.BackoffMaxMilliseconds);
    }

    private void Refuse(SyncFailureReason reason, string text)
    {
        _refused.Add(Key(_entry));
        if (_status.BundleId != _entry.BundleId || _status.BundleVersion != _entry.Version)
        {
            _status.BundleId = _entry.BundleId;
            _status.BundleVersion = _entry.Version;
            _status.ChunksDone = 0;
            _status.ChunksTotal = 0;
        }

        _entry = null;
        _install = null;
        _manifestChunks = null;
        _outstanding = false;
        SetFailed(reason, text);
    }

    private void SetFailed(SyncFailureReason reason, string text)
    {
        _status.State = SyncState.Failed;
        _status.FailureReason = reason;
        _status.FailureText = text.Length > 120 ? text.Substring(0, 120) : text;
        Changed();
    }

    private void Changed()
    {
        Revision++;
    }

    private byte[] JoinManifest()
    {
        var signed = new byte[_manifestBytes];
        int offset = 0;
        for (int i = 0; i < _manifestChunks.Count; i++)
        {
            var part = (byte[])_manifestChunks[i];
            Array.Copy(part, 0, signed, offset, part.Length);
            offset += part.Length;
        }

        return signed;
    }

    private static bool Lists(Catalog catalog, CatalogEntry wanted)
    {
        for (int i = 0; i < catalog.Entries.Length; i++)
        {
            CatalogEntry entry = catalog.Entries[i];
            if (entry.BundleId == wanted.BundleId && entry.Version == wanted.Version && entry.Language == wanted.Language)
            {
                return true;
            }
        }

        return false;
    }

    private static string Key(CatalogEntry entry)
    {
        return entry.BundleId + "@" + entry.Version;
    }
}
