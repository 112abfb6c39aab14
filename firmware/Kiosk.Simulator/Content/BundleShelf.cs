using Kiosk.Firmware.Content;
using Kiosk.Protocol;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Crypto;
using Kiosk.Protocol.Messages;

namespace Kiosk.Simulator.Content;

/// <summary>
/// Signed bundle files (<c>*.kbdl</c>) a kiosk installs without a companion: each goes through
/// the content store's own install path (manifest check, chunk hashes, A/B switch), exactly as
/// if it had arrived over MQTT.
/// </summary>
public sealed class BundleShelf
{
    public const string Extension = ".kbdl";

    private readonly List<byte[]> _files;

    public BundleShelf(IEnumerable<byte[]> files)
    {
        _files = [.. files];
    }

    public static BundleShelf FromFolder(string folder) =>
        new(Directory.GetFiles(folder, "*" + Extension).Order(StringComparer.Ordinal).Select(File.ReadAllBytes));

    public IReadOnlyList<byte[]> Files => _files;

    /// <summary>Languages of the shelf's bundles (from manifests that check out against the key).</summary>
    public IReadOnlyList<string> Languages(byte[] programKey) =>
        _files.Select(f => Open(f, programKey)?.Manifest.Language).OfType<string>().Distinct().ToList();

    /// <summary>Display profiles the shelf holds bundles for, read from the (unverified) manifests.</summary>
    public IReadOnlyList<string> Profiles(byte[] programKey) =>
        _files.Select(f => Open(f, programKey)?.Manifest.Profile).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Installs every bundle of the store's profile that is newer than what the store has;
    /// returns how many were installed. A bundle the store refuses is reported and skipped.
    /// </summary>
    public int InstallInto(ContentStore store, TextWriter log)
    {
        int installed = 0;
        foreach (var file in _files)
        {
            var bundle = Open(file, store.ProgramKey);
            if (bundle == null)
            {
                log.WriteLine("A bundle file is not signed by the program key; skipped.");
                continue;
            }
            var manifest = bundle.Manifest;
            var active = store.Find(manifest.Language);
            if (manifest.Profile != store.ProfileId || (active != null && active.Version >= manifest.Version))
            {
                continue;
            }
            try
            {
                Install(store, bundle, file);
                installed++;
            }
            catch (ContentRejectedException exception)
            {
                log.WriteLine($"Bundle {manifest.BundleId} refused: {exception.Message}");
            }
        }
        return installed;
    }

    private static void Install(ContentStore store, Bundle bundle, byte[] file)
    {
        var manifest = bundle.Manifest;
        var entry = new CatalogEntry
        {
            BundleId = manifest.BundleId,
            Version = manifest.Version,
            Language = manifest.Language,
            ProfileId = manifest.Profile,
            TotalSize = (uint)file.Length,
            ManifestSha256 = Sha256.Hash(bundle.SignedManifest),
        };
        var install = store.BeginInstall(entry, bundle.SignedManifest);
        var chunk = new byte[manifest.ChunkSize];
        for (int i = 0; i < manifest.ChunkCount; i++)
        {
            int count = bundle.ReadChunk(i, chunk);
            if (!install.AcceptChunk(i, chunk, 0, count))
            {
                throw new ContentRejectedException(SyncFailureReason.HashMismatch, $"Chunk {i} does not match the manifest.");
            }
        }
        install.Commit();
    }

    private static Bundle? Open(byte[] file, byte[] programKey)
    {
        try
        {
            return Bundle.Open(new ByteArrayStorage(file), programKey);
        }
        catch (ProtocolDecodeException)
        {
            return null;
        }
    }
}
