using BenchmarkDotNet.Attributes;
using NSec.Cryptography;

namespace Kiosk.Benchmarks.Crypto;

/// <summary>
/// One Ed25519 verification of a 256-byte message (about the size of a COSE Sig_structure over a
/// bundle manifest): the kiosk's portable C# against NSec's native libsodium.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SignatureBenchmarks
{
    private readonly byte[] message = new byte[256];
    private byte[] publicKeyBytes = [];
    private byte[] signature = [];
    private PublicKey? publicKey;

    [GlobalSetup]
    public void Setup()
    {
        new Random(2).NextBytes(message);
        var algorithm = SignatureAlgorithm.Ed25519;
        using var key = Key.Create(algorithm);
        publicKey = key.PublicKey;
        publicKeyBytes = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        signature = algorithm.Sign(key, message);
    }

    [Benchmark(Baseline = true)]
    public bool KioskVerify() => Kiosk.Protocol.Crypto.Ed25519.Verify(publicKeyBytes, message, signature);

    [Benchmark]
    public bool NsecVerify() => SignatureAlgorithm.Ed25519.Verify(publicKey!, message, signature);
}
