using NSec.Cryptography;

namespace Kiosk.Protocol.Tests.Crypto;

/// <summary>NSec (libsodium), the companion's Ed25519, as the reference the kiosk must agree with.</summary>
internal static class NsecOracle
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    public static (byte[] PublicKey, byte[] Signature) Sign(byte[] seed, byte[] message)
    {
        using var key = Key.Import(Algorithm, seed, KeyBlobFormat.RawPrivateKey);
        return (key.PublicKey.Export(KeyBlobFormat.RawPublicKey), Algorithm.Sign(key, message));
    }

    /// <summary>NSec's verdict, or null when NSec refuses to import the key at all.</summary>
    public static bool? Verify(byte[] publicKey, byte[] message, byte[] signature)
    {
        if (publicKey.Length != Kiosk.Protocol.Crypto.Ed25519.PublicKeySize
            || !PublicKey.TryImport(Algorithm, publicKey, KeyBlobFormat.RawPublicKey, out var imported)
            || imported is null)
        {
            return null;
        }

        return Algorithm.Verify(imported, message, signature);
    }

}
