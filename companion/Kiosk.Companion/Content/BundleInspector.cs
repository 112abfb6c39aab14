using System.Security.Cryptography;
using Kiosk.Protocol;
using Kiosk.Protocol.Bundles;

namespace Kiosk.Companion.Content;

/// <summary>
/// Checks a whole bundle file the way a kiosk would before activating it: the frame, the
/// manifest's signature against the program key, the manifest's rules, the length, and every
/// chunk against its hash. Only then does the companion store and offer it.
/// </summary>
public static class BundleInspector
{
    public static StoredBundle Inspect(byte[] content, byte[] programPublicKey, string source, DateTimeOffset now)
    {
        Bundle bundle;
        try
        {
            bundle = Bundle.Open(new ByteArrayStorage(content), programPublicKey);
            bundle.VerifyAllChunks();
        }
        catch (ProtocolDecodeException error)
        {
            throw new BundleImportException(error.Error switch
            {
                DecodeError.BadSignature => "The manifest is not signed by this companion's program key.",
                DecodeError.HashMismatch => "A data chunk does not match its hash in the manifest.",
                _ => $"Not a valid bundle ({error.Error}): {error.Message}",
            });
        }
        catch (ArgumentException error)
        {
            throw new BundleImportException("Not a valid bundle: " + error.Message);
        }

        var manifest = bundle.Manifest;
        return new StoredBundle
        {
            BundleId = manifest.BundleId,
            Version = (long)manifest.Version,
            Language = manifest.Language,
            ProfileId = manifest.Profile,
            Draft = manifest.Draft ? 1 : 0,
            SizeBytes = content.Length - BundleLayout.HeaderSize,
            ManifestSha256 = Convert.ToHexString(SHA256.HashData(bundle.SignedManifest)).ToLowerInvariant(),
            ChunkSize = manifest.ChunkSize,
            ChunkCount = manifest.ChunkCount,
            Source = source,
            CreatedAt = now.ToUnixTimeSeconds(),
        };
    }
}
