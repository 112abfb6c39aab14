using System;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Storage;
using Kiosk.Protocol;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Crypto;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Content;

/// <summary>
/// A bundle being written into a language's inactive slot. Its signed manifest is already on
/// flash and verified; data chunks are accepted strictly in order, each checked against its
/// manifest hash before it is written, and the count of good chunks is persisted after each one,
/// so a transfer resumes after a reboot from the first chunk not yet verified. Obtain one from
/// <see cref="ContentStore.BeginInstall"/> or <see cref="ContentStore.ResumeInstall"/>.
/// </summary>
public sealed class ContentInstall
{
    private readonly ContentStore _store;
    private readonly IFileSystem _fileSystem;
    private readonly DurableRecord _progress;
    private readonly string _path;
    private readonly long _dataStart;
    private readonly byte[] _manifestSha256;
    private readonly Sha256 _sha = new Sha256();
    private readonly byte[] _digest = new byte[Sha256.HashSize];

    internal ContentInstall(ContentStore store, IFileSystem fileSystem, DurableRecord progress, string language, int slot, BundleManifest manifest, long dataStart, byte[] manifestSha256, int chunksDone)
    {
        _store = store;
        _fileSystem = fileSystem;
        _progress = progress;
        Language = language;
        Slot = slot;
        Manifest = manifest;
        _dataStart = dataStart;
        _manifestSha256 = manifestSha256;
        _path = ContentStore.SlotPath(language, slot);
        ChunksDone = chunksDone;
    }

    public string Language { get; }

    public int Slot { get; }

    public BundleManifest Manifest { get; }

    /// <summary>Chunks written and verified; also the index of the next chunk wanted.</summary>
    public int ChunksDone { get; private set; }

    public int ChunkCount
    {
        get { return Manifest.ChunkCount; }
    }

    public bool IsComplete
    {
        get { return ChunksDone >= Manifest.ChunkCount; }
    }

    /// <summary>
    /// Writes chunk <paramref name="index"/> if it is the next one wanted and matches its hash;
    /// false (nothing written) otherwise.
    /// </summary>
    public bool AcceptChunk(int index, byte[] data, int offset, int count)
    {
        if (index != ChunksDone || !Bundle.ChunkMatches(Manifest, index, data, offset, count, _sha, _digest))
        {
            return false;
        }

        _fileSystem.Write(_path, _dataStart + ((long)index * Manifest.ChunkSize), data, offset, count);
        SaveProgress(index + 1);
        return true;
    }

    /// <summary>
    /// Re-reads the whole slot, checks the manifest signature and every chunk, then switches the
    /// language to this slot in one atomic record write. On a mismatch (a chunk damaged on flash)
    /// the progress falls back to the first bad chunk and <see cref="ContentRejectedException"/>
    /// says so; fetching from there and committing again completes the install.
    /// </summary>
    public void Commit()
    {
        if (!IsComplete)
        {
            throw new InvalidOperationException("The bundle is not complete.");
        }

        Bundle bundle;
        try
        {
            bundle = Bundle.Open(new FileStorage(_fileSystem, _path), _store.ProgramKey);
        }
        catch (ProtocolDecodeException exception)
        {
            SaveProgress(0);
            throw new ContentRejectedException(SyncFailureReason.HashMismatch, "Slot unreadable: " + exception.Message);
        }

        int firstBad = FirstBadChunk(bundle);
        if (firstBad >= 0)
        {
            SaveProgress(firstBad);
            throw new ContentRejectedException(SyncFailureReason.HashMismatch, "Chunk " + firstBad + " damaged on flash.");
        }

        _store.Activate(Language, Slot, bundle);
        _progress.Erase();
    }

    private int FirstBadChunk(Bundle bundle)
    {
        var buffer = new byte[Manifest.ChunkSize];
        for (int i = 0; i < Manifest.ChunkCount; i++)
        {
            try
            {
                bundle.ReadChunk(i, buffer);
            }
            catch (ProtocolDecodeException)
            {
                return i;
            }
        }

        return -1;
    }

    private void SaveProgress(int chunksDone)
    {
        _progress.Write(InstallProgressCodec.Encode(Slot, chunksDone, _manifestSha256));
        ChunksDone = chunksDone;
    }
}
