using System;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Storage;
using Kiosk.Protocol;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Cose;
using Kiosk.Protocol.Crypto;
using Kiosk.Protocol.Messages;

namespace Kiosk.Firmware.Content;

/// <summary>
/// The kiosk's lesson content: one bundle per language for the kiosk's display profile, each
/// language with two slots (A and B). A new bundle is written into the slot not in use and
/// verified completely; only then does one atomic record write (<see cref="DurableRecord"/>)
/// switch the language to it. A power cut at any moment therefore leaves the old bundle or the
/// new one active, never a half-written one.
/// <code>
/// content/active.0, content/active.1   which slot each language uses (DurableRecord)
/// content/{language}/a.kbd, b.kbd      the two slots: a bundle file as BundleLayout describes
/// content/{language}/progress.0, .1    an unfinished install: slot, chunks done (DurableRecord)
/// </code>
/// </summary>
public sealed class ContentStore
{
    public const string Root = "content";

    private readonly IFileSystem _fileSystem;
    private readonly DurableRecord _activeRecord;
    private ActiveBundle[] _active = new ActiveBundle[0];

    public ContentStore(IFileSystem fileSystem, byte[] programKey, string profileId)
    {
        if (fileSystem == null || programKey == null || profileId == null)
        {
            throw new ArgumentNullException(fileSystem == null ? "fileSystem" : programKey == null ? "programKey" : "profileId");
        }

        _fileSystem = fileSystem;
        ProgramKey = programKey;
        ProfileId = profileId;
        _activeRecord = new DurableRecord(fileSystem, Root + "/active");
    }

    public byte[] ProgramKey { get; }

    public string ProfileId { get; }

    /// <summary>
    /// Finds the content to show: for each language the slot the record names, its manifest
    /// signature checked again. A slot that fails falls back to the language's other slot, which
    /// is used only if it holds a complete bundle whose signature and every chunk check out.
    /// </summary>
    public void Boot()
    {
        byte[] body = _activeRecord.Read();
        ActiveBundle[] recorded = body == null ? new ActiveBundle[0] : DecodeRecord(body);
        var usable = new ActiveBundle[recorded.Length];
        int count = 0;
        for (int i = 0; i < recorded.Length; i++)
        {
            ActiveBundle entry = recorded[i];
            entry.Bundle = TryOpen(entry.Language, entry.Slot, false);
            if (entry.Bundle == null || entry.Bundle.Manifest.BundleId != entry.BundleId || entry.Bundle.Manifest.Version != entry.Version)
            {
                entry.Slot = 1 - entry.Slot;
                entry.Bundle = TryOpen(entry.Language, entry.Slot, true);
            }

            if (entry.Bundle != null)
            {
                entry.BundleId = entry.Bundle.Manifest.BundleId;
                entry.Version = entry.Bundle.Manifest.Version;
                usable[count++] = entry;
            }
        }

        _active = new ActiveBundle[count];
        Array.Copy(usable, _active, count);
    }

    /// <summary>The bundles in use after <see cref="Boot"/>, one per language; do not modify.</summary>
    public ActiveBundle[] Active
    {
        get { return _active; }
    }

    /// <summary>The active bundle for <paramref name="language"/>, or null.</summary>
    public ActiveBundle Find(string language)
    {
        for (int i = 0; i < _active.Length; i++)
        {
            if (_active[i].Language == language)
            {
                return _active[i];
            }
        }

        return null;
    }

    public InstalledBundle[] Installed()
    {
        var installed = new InstalledBundle[_active.Length];
        for (int i = 0; i < _active.Length; i++)
        {
            var bundle = new InstalledBundle();
            bundle.BundleId = _active[i].BundleId;
            bundle.Version = _active[i].Version;
            bundle.Language = _active[i].Language;
            bundle.ProfileId = ProfileId;
            installed[i] = bundle;
        }

        return installed;
    }

    /// <summary>
    /// Starts installing the bundle <paramref name="entry"/> names, given its signed manifest:
    /// checks the manifest against the catalog entry's hash, the program key and the kiosk's
    /// profile, refuses a version older than the installed one unless the entry is pinned, then
    /// writes the frame and manifest into the language's inactive slot.
    /// </summary>
    public ContentInstall BeginInstall(CatalogEntry entry, byte[] signedManifest)
    {
        byte[] manifestSha256 = Sha256.Hash(signedManifest);
        if (!ConstantTime.Equal(manifestSha256, 0, entry.ManifestSha256, 0, Sha256.HashSize))
        {
            throw new ContentRejectedException(SyncFailureReason.HashMismatch, "Manifest does not match the catalog.");
        }

        BundleManifest manifest = CheckManifest(entry, signedManifest);
        long needed = BundleLayout.HeaderSize + signedManifest.Length + (long)manifest.DataLength;
        int slot = InactiveSlot(entry.Language);
        string path = SlotPath(entry.Language, slot);
        long reclaimable = _fileSystem.Length(path);
        if (needed > _fileSystem.FreeBytes + (reclaimable < 0 ? 0 : reclaimable))
        {
            throw new ContentRejectedException(SyncFailureReason.StorageFull, "Not enough free storage.");
        }

        DurableRecord progress = ProgressRecord(entry.Language);
        progress.Erase();
        var framed = new byte[BundleLayout.HeaderSize + signedManifest.Length];
        Array.Copy(BundleLayout.EncodeHeader(signedManifest.Length), framed, BundleLayout.HeaderSize);
        Array.Copy(signedManifest, 0, framed, BundleLayout.HeaderSize, signedManifest.Length);
        _fileSystem.WriteAll(path, framed);
        var install = new ContentInstall(this, _fileSystem, progress, entry.Language, slot, manifest, framed.Length, manifestSha256, 0);
        progress.Write(InstallProgressCodec.Encode(slot, 0, manifestSha256));
        return install;
    }

    /// <summary>
    /// Picks up an install of exactly <paramref name="entry"/>'s bundle left by an earlier run,
    /// or returns null when there is none (or it belongs to another bundle and is dropped).
    /// </summary>
    public ContentInstall ResumeInstall(CatalogEntry entry)
    {
        DurableRecord progress = ProgressRecord(entry.Language);
        byte[] body = progress.Read();
        if (body == null)
        {
            return null;
        }

        int slot;
        int chunksDone;
        byte[] manifestSha256;
        try
        {
            InstallProgressCodec.Decode(body, out slot, out chunksDone, out manifestSha256);
            if (slot == InactiveSlot(entry.Language) && manifestSha256.Length == Sha256.HashSize
                && ConstantTime.Equal(manifestSha256, 0, entry.ManifestSha256, 0, Sha256.HashSize))
            {
                byte[] signedManifest = ReadSignedManifest(SlotPath(entry.Language, slot));
                if (signedManifest != null && ConstantTime.Equal(Sha256.Hash(signedManifest), 0, manifestSha256, 0, Sha256.HashSize))
                {
                    BundleManifest manifest = CheckManifest(entry, signedManifest);
                    int done = chunksDone < manifest.ChunkCount ? chunksDone : manifest.ChunkCount;
                    return new ContentInstall(this, _fileSystem, progress, entry.Language, slot, manifest, BundleLayout.HeaderSize + signedManifest.Length, manifestSha256, done);
                }
            }
        }
        catch (ProtocolDecodeException)
        {
        }
        catch (ContentRejectedException)
        {
        }

        progress.Erase();
        return null;
    }

    internal static string SlotPath(string language, int slot)
    {
        return Root + "/" + language + (slot == 0 ? "/a.kbd" : "/b.kbd");
    }

    internal void Activate(string language, int slot, Bundle bundle)
    {
        var entry = new ActiveBundle();
        entry.Language = language;
        entry.Slot = slot;
        entry.BundleId = bundle.Manifest.BundleId;
        entry.Version = bundle.Manifest.Version;
        entry.Bundle = bundle;
        int index = -1;
        for (int i = 0; i < _active.Length; i++)
        {
            if (_active[i].Language == language)
            {
                index = i;
            }
        }

        ActiveBundle[] next = new ActiveBundle[index < 0 ? _active.Length + 1 : _active.Length];
        Array.Copy(_active, next, _active.Length);
        next[index < 0 ? _active.Length : index] = entry;
        _activeRecord.Write(ActiveRecordCodec.Encode(next));
        _active = next;
    }

    private BundleManifest CheckManifest(CatalogEntry entry, byte[] signedManifest)
    {
        byte[] payload;
        try
        {
            payload = CoseSign1Verifier.VerifiedPayload(signedManifest, 0, signedManifest.Length, ProgramKey);
        }
        catch (ProtocolDecodeException exception)
        {
            throw new ContentRejectedException(SyncFailureReason.SignatureInvalid, exception.Message);
        }

        BundleManifest manifest = BundleManifestCodec.Decode(payload, 0, payload.Length);
        if (manifest.BundleId != entry.BundleId || manifest.Version != entry.Version || manifest.Language != entry.Language
            || manifest.Profile != entry.ProfileId || manifest.Profile != ProfileId)
        {
            throw new ContentRejectedException(SyncFailureReason.Other, "Manifest does not describe the catalog entry.");
        }

        ActiveBundle current = Find(manifest.Language);
        if (current != null && manifest.Version < current.Version && !entry.Pinned)
        {
            throw new ContentRejectedException(SyncFailureReason.RollbackRefused, "Version " + manifest.Version + " is older than installed " + current.Version + ".");
        }

        return manifest;
    }

    private int InactiveSlot(string language)
    {
        ActiveBundle current = Find(language);
        return current == null ? 0 : 1 - current.Slot;
    }

    private DurableRecord ProgressRecord(string language)
    {
        return new DurableRecord(_fileSystem, Root + "/" + language + "/progress");
    }

    private byte[] ReadSignedManifest(string path)
    {
        var header = new byte[BundleLayout.HeaderSize];
        if (_fileSystem.Read(path, 0, header, 0, header.Length) != header.Length)
        {
            return null;
        }

        int length = BundleLayout.DecodeHeader(header);
        var signed = new byte[length];
        return _fileSystem.Read(path, BundleLayout.HeaderSize, signed, 0, length) == length ? signed : null;
    }

    private Bundle TryOpen(string language, int slot, bool verifyChunks)
    {
        try
        {
            Bundle bundle = Bundle.Open(new FileStorage(_fileSystem, SlotPath(language, slot)), ProgramKey);
            if (bundle.Manifest.Language != language || bundle.Manifest.Profile != ProfileId)
            {
                return null;
            }

            if (verifyChunks)
            {
                bundle.VerifyAllChunks();
            }

            return bundle;
        }
        catch (ProtocolDecodeException)
        {
            return null;
        }
    }

    private static ActiveBundle[] DecodeRecord(byte[] body)
    {
        try
        {
            return ActiveRecordCodec.Decode(body);
        }
        catch (ProtocolDecodeException)
        {
            // The record's own SHA-256 passed, so this is a format from another firmware; start empty.
            return new ActiveBundle[0];
        }
    }
}
